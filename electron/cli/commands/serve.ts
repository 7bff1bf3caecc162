// Placeholder with the fixed signature; the workbench shell work (issue 5) implements it.
import type { Lang } from '../../../shared/i18n/lang'

/** `oomlens serve <paths> [--port N] [--open]`: the workbench in a browser on 127.0.0.1; resolves with the exit code. */
export async function runServe(
  paths: readonly string[],
  options: { readonly port?: number; readonly open?: boolean; readonly lang?: Lang },
): Promise<number> {
  void paths
  void options
  process.stderr.write('oomlens serve: not implemented yet\n')
  return 2
}
