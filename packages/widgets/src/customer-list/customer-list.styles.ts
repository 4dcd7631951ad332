import {css} from 'lit';

export const customerListStyles = css`
  :host {
    --_columns: minmax(11rem, 2fr) minmax(10rem, 1.4fr) minmax(7rem, 1fr) minmax(8rem, 1.2fr) 7rem 11rem 3rem;
    --_min-width: 57rem;
    display: flex;
    flex-direction: column;
    gap: var(--ph-space-s);
    min-width: 0;
  }
  .toolbar,
  .filters,
  .active-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ph-space-s);
  }
  #search {
    flex: 1 1 14rem;
    min-width: 0;
    max-width: 28rem;
    font: inherit;
    padding: var(--ph-space-xs) var(--ph-space-s);
    border: 1px solid var(--ph-color-border-strong);
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-surface);
    color: inherit;
  }
  :is(input, .cell, .icon-button):focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: -2px;
  }
  .count {
    margin-inline-start: auto;
    color: var(--ph-color-text-muted);
  }
  [aria-expanded='true'] {
    background: var(--ph-color-surface-selected);
  }
  .button--primary,
  .button--primary:hover {
    border-color: var(--ph-color-accent);
    background: var(--ph-color-accent);
    color: var(--ph-color-text-inverse);
  }
  .notice {
    margin: 0;
    color: var(--ph-color-negative);
  }

  .filters {
    align-items: start;
    gap: var(--ph-space-l);
    padding: var(--ph-space-m);
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
  }
  fieldset,
  .active-filters {
    margin: 0;
    padding: 0;
    border: 0;
    list-style: none;
  }
  legend {
    font-weight: var(--ph-font-weight-strong);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--ph-space-xs);
    padding-block: 2px;
  }

  /* Badges are toned by border and surface; the text keeps the body colour, which has the contrast. */
  .badge,
  .chip {
    flex: none;
    padding: 0 var(--ph-space-s);
    border: 1px solid var(--_tone, var(--ph-color-border));
    border-inline-start: 4px solid var(--_tone, var(--_tag-color, var(--ph-color-border-strong)));
    border-radius: 999px;
    background: var(--_surface);
    font-size: var(--ph-font-size-s);
    line-height: 1.5rem;
  }
  .badge--negative {
    --_tone: var(--ph-color-negative);
    --_surface: var(--ph-color-negative-surface);
  }
  .badge--warning {
    --_tone: var(--ph-color-warning);
    --_surface: var(--ph-color-warning-surface);
  }
  .badge--info {
    --_tone: var(--ph-color-info);
    --_surface: var(--ph-color-info-surface);
  }
  .badge--positive {
    --_tone: var(--ph-color-positive);
    --_surface: var(--ph-color-positive-surface);
  }
  .badge--neutral {
    --_tone: var(--ph-color-neutral);
    --_surface: var(--ph-color-neutral-surface);
  }
  .chip .icon-button {
    width: 1.5rem;
    height: 1.5rem;
  }

  .grid {
    height: var(--customer-list-height, 30rem);
    overflow: auto;
    scroll-padding-top: var(--_row-height);
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
  }
  .grid--narrow {
    --_columns: minmax(8rem, 1.3fr) minmax(7rem, 1fr) 3.5rem;
    --_min-width: 0;
  }
  .head,
  .body {
    position: relative;
    min-width: var(--_min-width);
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 2;
  }
  [aria-busy='true'] .body {
    opacity: 0.6;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    height: var(--_row-height);
    border-block-end: 1px solid var(--ph-color-border);
    background: var(--ph-color-surface);
  }
  .head .row {
    background: var(--customer-list-header-background, var(--ph-color-surface-raised));
    font-weight: var(--ph-font-weight-strong);
  }
  /* Each row's slot (see renderRows) only holds it. */
  .slot {
    display: contents;
  }
  .body .row {
    position: absolute;
    inset-inline: 0;
    top: 0;
    cursor: pointer;
  }
  .body .row:hover {
    background: var(--customer-list-row-hover-background, var(--ph-color-surface-hover));
  }
  .body .row--active {
    background: var(--customer-list-active-row-background, var(--ph-color-surface-selected));
  }
  .cell {
    display: flex;
    align-items: center;
    gap: var(--ph-space-xs);
    min-width: 0;
    padding-inline: var(--ph-space-s);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .cell--text {
    display: block;
    align-content: center;
  }
  /* A focused name shows in full over the row, for keyboard users, who cannot hover. */
  .cell--name:focus-visible {
    z-index: 1;
    height: max-content;
    min-height: 100%;
    white-space: normal;
    overflow-wrap: anywhere;
    background: var(--ph-color-surface);
    box-shadow: var(--ph-shadow-popover);
  }
  [aria-sort]::after {
    content: '▲' / '';
    font-size: 0.7em;
  }
  [aria-sort='descending']::after {
    content: '▼' / '';
  }
  .cell--end {
    flex-direction: column;
    align-items: start;
    justify-content: center;
    gap: 0;
    line-height: 1.3;
  }
  .muted {
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
  }
  license-bar {
    flex: 1;
  }
  .skeleton {
    width: 70%;
    height: 0.8em;
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-surface-hover);
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 0;
    border-radius: var(--ph-radius-s);
    background: none;
    color: var(--ph-color-link);
    font: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--ph-color-surface-hover);
  }
  .icon-button[aria-disabled='true'] {
    color: var(--ph-color-text-muted);
    cursor: not-allowed;
  }
  svg {
    width: 1rem;
    height: 1rem;
    fill: currentColor;
  }
  .why {
    display: none;
    position: absolute;
    inset-inline-start: var(--ph-space-s);
    top: 100%;
    z-index: 3;
    max-width: min(28rem, 90%);
    padding: var(--ph-space-s) var(--ph-space-m);
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-text);
    color: var(--ph-color-text-inverse);
    font-size: var(--ph-font-size-s);
    white-space: normal;
  }
  .why--above {
    top: auto;
    bottom: 100%;
  }
  .cell:focus > .why,
  .cell:hover > .why,
  .why > span {
    display: block;
  }

  .dialog {
    width: min(26rem, 100vw - 2rem);
    padding: var(--ph-space-l);
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
    background: var(--ph-color-surface);
    color: inherit;
  }
  h2 {
    margin-block-start: 0;
    font-size: var(--ph-font-size-l);
    overflow-wrap: anywhere;
  }
  .swatch {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    /* background-color, not background: a tag colour from the data must not be able to load an image. */
    background-color: var(--_tag-color, var(--ph-color-border-strong));
  }
  .actions {
    display: flex;
    justify-content: end;
    gap: var(--ph-space-s);
  }

  @media (forced-colors: active) {
    .row,
    .badge,
    .chip,
    .why {
      border: 1px solid CanvasText;
    }
    .body .row--active {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .icon-button {
      color: ButtonText;
    }
    .icon-button[aria-disabled='true'] {
      color: GrayText;
    }
    .skeleton,
    .swatch {
      background: GrayText;
    }
  }
`;
