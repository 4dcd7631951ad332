/**
 * The colours a chart draws with, read from the kit's theme tokens. echarts paints on a canvas,
 * which knows nothing of CSS custom properties, so every token is resolved to a concrete colour
 * first: through a probe element's computed `color`, which also resolves `color-mix()`,
 * `light-dark()` and, under `forced-colors`, the system colour the browser forces.
 */

export interface ChartPalette {
  text: string;
  textMuted: string;
  border: string;
  borderStrong: string;
  surface: string;
  licenseUsed: string;
  licenseAssigned: string;
  licenseAvailable: string;
  usageHigh: string;
  usageMedium: string;
  usageLow: string;
  qualityGood: string;
  qualityPoor: string;
  qualityPoorRate: string;
  /** Categorical colours for series without a meaning of their own. */
  series: string[];
  /** The host's font, for axis labels, legend and tooltip. */
  fontFamily: string;
  /** Forced colours are on: every colour is a system colour, so series need patterns as well. */
  forcedColors: boolean;
}

type Token = Exclude<keyof ChartPalette, 'series' | 'fontFamily' | 'forcedColors'>;

/** Each palette entry's token, with the kit's light default for a page that has no tokens. */
const TOKENS: Record<Token, [string, string]> = {
  text: ['--ph-color-text', '#1b1f24'],
  textMuted: ['--ph-color-text-muted', '#545d69'],
  border: ['--ph-color-border', '#c9ced6'],
  borderStrong: ['--ph-color-border-strong', '#8a93a0'],
  surface: ['--ph-color-surface', '#ffffff'],
  licenseUsed: ['--ph-color-license-used', '#0b5cd5'],
  licenseAssigned: ['--ph-color-license-assigned', '#6190dc'],
  licenseAvailable: ['--ph-color-license-available', '#dde3ea'],
  usageHigh: ['--ph-color-usage-high', '#073b8c'],
  usageMedium: ['--ph-color-usage-medium', '#2f74d8'],
  usageLow: ['--ph-color-usage-low', '#6190dc'],
  qualityGood: ['--ph-color-quality-good', '#6190dc'],
  qualityPoor: ['--ph-color-quality-poor', '#c62828'],
  qualityPoorRate: ['--ph-color-quality-poor-rate', '#1b1f24'],
};

const SERIES_TOKENS: [string, string][] = [
  ['--ph-color-chart-1', '#0b5cd5'],
  ['--ph-color-chart-2', '#c2410c'],
  ['--ph-color-chart-3', '#0f7b6c'],
  ['--ph-color-chart-4', '#7c3aed'],
  ['--ph-color-chart-5', '#a16207'],
  ['--ph-color-chart-6', '#be185d'],
];

/** The light defaults, for option builders used without a page (tests, server-side rendering). */
export const DEFAULT_PALETTE: ChartPalette = {
  ...(Object.fromEntries(Object.entries(TOKENS).map(([key, [, fallback]]) => [key, fallback])) as Record<Token, string>),
  series: SERIES_TOKENS.map(([, fallback]) => fallback),
  fontFamily: 'system-ui, sans-serif',
  forcedColors: false,
};

/**
 * The palette as it applies inside `root` (a shadow root, so host-level overrides count): a
 * short-lived probe element is styled with each token and its computed colour read back.
 */
export function readPalette(root: ShadowRoot | HTMLElement): ChartPalette {
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const resolve = ([token, fallback]: [string, string]): string => {
    probe.style.setProperty('color', `var(${token}, ${fallback})`);
    return getComputedStyle(probe).color || fallback;
  };
  try {
    const palette = Object.fromEntries(Object.entries(TOKENS).map(([key, token]) => [key, resolve(token)])) as Record<Token, string>;
    return {
      ...palette,
      series: SERIES_TOKENS.map(resolve),
      fontFamily: getComputedStyle(probe).fontFamily || DEFAULT_PALETTE.fontFamily,
      forcedColors: matchMedia('(forced-colors: active)').matches,
    };
  } finally {
    probe.remove();
  }
}

/** Whether two palettes draw the same (a theme change that changed nothing needs no redraw). */
export function samePalette(a: ChartPalette, b: ChartPalette): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
