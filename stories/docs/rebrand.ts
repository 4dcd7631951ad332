/**
 * The re-branding example of Docs/Theming: the page shows this text as its code and the
 * Rebranded story applies it, so what the page says is what the story shows.
 */
export const REBRAND_CSS = `
.acme {
  --ph-font-family: Georgia, 'Times New Roman', serif;
  --ph-radius-m: 2px;
  --ph-color-accent: #6b2bd9;
  --ph-color-accent-hover: #5a22b8;
  --ph-color-focus: #6b2bd9;
  --ph-color-link: #5a22b8;
  --ph-color-surface-selected: #efe7fd;
  --ph-color-license-used: #6b2bd9;
  --ph-color-license-assigned: #b89af0;
  --kpi-tile-value-color: #4b1d9e;
}
[data-ph-theme='dark'] .acme {
  --ph-color-accent: #b48cff;
  --ph-color-accent-hover: #cbb4ff;
  --ph-color-focus: #cbb4ff;
  --ph-color-link: #cbb4ff;
  --ph-color-surface-selected: #2e1f52;
  --ph-color-license-used: #b48cff;
  --ph-color-license-assigned: #6d4fb0;
  --kpi-tile-value-color: #cbb4ff;
}
.acme kpi-tile::part(label) {
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
`;
