import {css} from 'lit';

export const productToggleStyles = css`
  :host {
    display: inline-block;
  }
  .group {
    display: inline-flex;
    flex-wrap: wrap;
    padding: 2px;
    gap: 2px;
    border: 1px solid var(--ph-color-border-strong);
    border-radius: var(--ph-radius-m);
    background: var(--ph-color-surface);
  }
  .option {
    padding: var(--ph-space-xs) var(--ph-space-l);
    border: 1px solid transparent;
    border-radius: var(--ph-radius-s);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .option:hover {
    background: var(--ph-color-surface-hover);
  }
  .option:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  .option[aria-checked='true'] {
    border-color: var(--ph-color-accent);
    background: var(--product-toggle-selected-background, var(--ph-color-surface-selected));
    font-weight: var(--ph-font-weight-strong);
  }
  @media (forced-colors: active) {
    .option[aria-checked='true'] {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
  }
`;
