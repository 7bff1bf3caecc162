/**
 * The one way a zone is named to a reader, in the app and in every report: `Node 0 Normal`, as the
 * kernel itself opens the zone's line in the report (`Node %d %s free:…`, show_free_areas).
 */

/** `Node 0 Normal`. */
export function zoneLabel(zone: { readonly node: number; readonly zone: string }): string {
  return `Node ${zone.node} ${zone.zone}`
}
