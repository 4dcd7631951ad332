/**
 * The charts' colour tokens, light and dark. They are adopted into the document by the first chart
 * that connects (a page without charts does not carry them), in the same lowest-priority layer
 * and under the same `data-ph-theme` switch as the kit's base tokens.
 */
import {css, unsafeCSS, type CSSResult} from 'lit';
import {adoptTokenSheet, themeRules} from '../themes/tokens.ts';

const lightChartColors = css`
  /* Charts (canvas): every mark colour at least 3:1 against the surface (WCAG 1.4.11; stacked
     segments are parted by a gap of the surface colour; test/themes/contrast.test.ts checks it).
     Categorical series take chart-1 onwards. */
  --ph-color-chart-1: #0b5cd5;
  --ph-color-chart-2: #c2410c;
  --ph-color-chart-3: #0f7b6c;
  --ph-color-chart-4: #7c3aed;
  --ph-color-chart-5: #a16207;
  --ph-color-chart-6: #be185d;
  /* Calling users by usage volume: one hue, darker for more use. */
  --ph-color-usage-high: #073b8c;
  --ph-color-usage-medium: #2f74d8;
  --ph-color-usage-low: #6190dc;
  /* Call quality: good and poor calls (blue and red, told apart without red-green vision), poor rate. */
  --ph-color-quality-good: #6190dc;
  --ph-color-quality-poor: #c62828;
  --ph-color-quality-poor-rate: #1b1f24;
`;

const darkChartColors = css`
  --ph-color-chart-1: #5a9cff;
  --ph-color-chart-2: #ff8f52;
  --ph-color-chart-3: #3fc4ae;
  --ph-color-chart-4: #b48eff;
  --ph-color-chart-5: #e3b548;
  --ph-color-chart-6: #f26fab;
  --ph-color-usage-high: #a3c8ff;
  --ph-color-usage-medium: #5a9cff;
  --ph-color-usage-low: #3b6db9;
  --ph-color-quality-good: #4f82c9;
  --ph-color-quality-poor: #ff7272;
  --ph-color-quality-poor-rate: #e6e9ed;
`;

/** The chart tokens scoped `:root, :host`, for a host's own shadow roots (next to `themeStyles`). */
export const chartThemeStyles: CSSResult = /* @__PURE__ */ unsafeCSS(
  `${/* @__PURE__ */ themeRules(':root, :host', '', lightChartColors, darkChartColors)} :host([data-ph-theme='dark']) { ${darkChartColors} }`,
);

/** Adopts the chart tokens into `document` once. */
export function adoptChartTokens(document: Document): void {
  adoptTokenSheet(document, 'charts', () => themeRules(':root', '', lightChartColors, darkChartColors));
}
