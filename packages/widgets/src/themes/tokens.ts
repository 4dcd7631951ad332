/**
 * Theme tokens: every colour, font and size the kit uses is a `--ph-*` custom property, so a host
 * re-brands the kit from its own CSS and the values cross into every shadow root by inheritance.
 *
 * The defaults are adopted into the document once, inside the `partner-hub-defaults` cascade
 * layer: any unlayered rule of the host (`:root { --ph-color-accent: … }`) wins over them whatever
 * the load order. `themeStyles` holds the same tokens scoped `:root, :host` for hosts that render
 * the kit inside their own shadow root and want the tokens there.
 */
import {css, unsafeCSS, type CSSResult} from 'lit';

const baseTokens = css`
  --ph-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans JP', sans-serif;
  --ph-font-size-s: 0.8125rem;
  --ph-font-size-m: 0.875rem;
  --ph-font-size-l: 1rem;
  --ph-font-size-xl: 1.5rem;
  --ph-font-weight-strong: 600;

  --ph-space-xs: 0.25rem;
  --ph-space-s: 0.5rem;
  --ph-space-m: 0.75rem;
  --ph-space-l: 1rem;
  --ph-space-xl: 1.5rem;
  --ph-radius-s: 4px;
  --ph-radius-m: 8px;
  --ph-focus-ring: 2px solid var(--ph-color-focus);
  --ph-focus-ring-offset: 2px;
`;

const lightColors = css`
  --ph-color-surface: #ffffff;
  --ph-color-surface-raised: #f6f7f9;
  --ph-color-surface-hover: #eef1f5;
  --ph-color-surface-selected: #e3ecfb;
  --ph-color-border: #c9ced6;
  --ph-color-border-strong: #8a93a0;
  --ph-color-text: #1b1f24;
  --ph-color-text-muted: #545d69;
  --ph-color-text-inverse: #ffffff;
  --ph-color-accent: #0b5cd5;
  --ph-color-accent-hover: #094aab;
  --ph-color-focus: #0b5cd5;
  --ph-color-link: #0a58c9;

  --ph-color-positive: #1a7f37;
  --ph-color-warning: #9a6700;
  --ph-color-negative: #c62828;
  --ph-color-info: #0b5cd5;
  --ph-color-neutral: #545d69;
  --ph-color-positive-surface: #e6f4ea;
  --ph-color-warning-surface: #fff4d6;
  --ph-color-negative-surface: #fdecec;
  --ph-color-info-surface: #e7f0fd;
  --ph-color-neutral-surface: #eef1f5;

  /* Licence bar and licence trend share these: used, assigned but unused, available, overage. */
  --ph-color-license-used: #0b5cd5;
  --ph-color-license-assigned: #6190dc;
  --ph-color-license-available: #dde3ea;
  --ph-color-license-overage: #c62828;


  --ph-shadow-popover: 0 4px 16px rgb(0 0 0 / 0.16);
`;

/** The dark theme: the same tokens, text at least 4.5:1 and marks at least 3:1 on the surfaces. */
const darkColors = css`
  color-scheme: dark;
  --ph-color-surface: #16191d;
  --ph-color-surface-raised: #1e2227;
  --ph-color-surface-hover: #282d34;
  --ph-color-surface-selected: #1c3358;
  --ph-color-border: #3b424c;
  --ph-color-border-strong: #79828f;
  --ph-color-text: #e6e9ed;
  --ph-color-text-muted: #a7b0bb;
  --ph-color-text-inverse: #101316;
  --ph-color-accent: #5a9cff;
  --ph-color-accent-hover: #80b3ff;
  --ph-color-focus: #80b3ff;
  --ph-color-link: #80b3ff;

  --ph-color-positive: #55c27b;
  --ph-color-warning: #e3b548;
  --ph-color-negative: #ff7272;
  --ph-color-info: #6fa9ff;
  --ph-color-neutral: #a7b0bb;
  --ph-color-positive-surface: #13301e;
  --ph-color-warning-surface: #33290e;
  --ph-color-negative-surface: #3b1619;
  --ph-color-info-surface: #142b4b;
  --ph-color-neutral-surface: #282d34;

  --ph-color-license-used: #5a9cff;
  --ph-color-license-assigned: #3b6db9;
  --ph-color-license-available: #3b424c;
  --ph-color-license-overage: #ff7272;


  --ph-shadow-popover: 0 4px 16px rgb(0 0 0 / 0.55);
`;

/**
 * Where the dark theme applies: `data-ph-theme="dark"` on the element or any ancestor, or
 * `data-ph-theme="auto"` while the viewer's system prefers dark. `data-ph-theme="light"` brings
 * the light theme back inside a dark area. Without the attribute the kit stays light, whatever
 * the system says, so it never turns dark inside a light host page on its own.
 */
export function themeRules(root: string, fixed: CSSResult | string, light: CSSResult, dark: CSSResult): string {
  return `${root} { ${fixed} ${light} }
    [data-ph-theme='dark'] { ${dark} }
    [data-ph-theme='light'] { color-scheme: light; ${light} }
    @media (prefers-color-scheme: dark) { [data-ph-theme='auto'] { ${dark} } }`;
}

/** The tokens scoped `:root, :host`, for a host's own shadow roots (chart colours: `chartThemeStyles`). */
export const themeStyles: CSSResult = /* @__PURE__ */ unsafeCSS(
  `${/* @__PURE__ */ themeRules(':root, :host', baseTokens, lightColors, darkColors)} :host([data-ph-theme='dark']) { ${darkColors} }`,
);

const adopted = new WeakMap<Document, Set<string>>();

/**
 * Adopts a token sheet into `document` once (per `name`), in the lowest-priority cascade layer.
 * The base tokens come with every element; feature tokens (the charts' colours) with the first
 * element of that feature, so a page without charts does not carry them.
 */
export function adoptTokenSheet(document: Document, name: string, rules: () => string): void {
  let names = adopted.get(document);
  if (!names) adopted.set(document, (names = new Set()));
  if (names.has(name)) return;
  names.add(name);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@layer partner-hub-defaults { ${rules()} }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Adopts the kit's base tokens into `document` once. */
export function adoptDocumentTokens(document: Document): void {
  adoptTokenSheet(document, 'base', () => themeRules(':root', baseTokens, lightColors, darkColors));
}
