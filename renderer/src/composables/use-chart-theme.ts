import { computed } from 'vue'
import { LIGHT_CHART_THEME, type ChartTheme } from '../charts/chart-theme'
import { useSettingsStore } from '../stores/settings'

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim()
  return value || fallback
}

/** Chart colours from the active theme's CSS custom properties; recomputed when the theme changes. */
export function useChartTheme() {
  const settings = useSettingsStore()
  return computed<ChartTheme>(() => {
    void settings.theme // dependency: the CSS variables change with it
    return {
      text: cssVar('--text', LIGHT_CHART_THEME.text),
      textMuted: cssVar('--text-3', LIGHT_CHART_THEME.textMuted),
      grid: cssVar('--grid', LIGHT_CHART_THEME.grid),
      surface: cssVar('--surface', LIGHT_CHART_THEME.surface),
      fontFamily: getComputedStyle(document.body).fontFamily || LIGHT_CHART_THEME.fontFamily,
    }
  })
}
