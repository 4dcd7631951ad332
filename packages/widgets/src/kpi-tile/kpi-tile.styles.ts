import {css} from 'lit';

export const kpiTileStyles = css`
  :host {
    --_background: var(--kpi-tile-background, var(--ph-color-surface));
    --_value-color: var(--kpi-tile-value-color, var(--ph-color-text));
    --_value-size: var(--kpi-tile-value-size, var(--ph-font-size-xl));
    min-width: 0;
  }

  .tile {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: var(--ph-space-xs);
    width: 100%;
    height: 100%;
    min-width: 0;
    margin: 0;
    padding: var(--ph-space-m) var(--ph-space-l);
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
    background: var(--_background);
    color: inherit;
    font: inherit;
    text-align: start;
  }

  /* Interactive: the button holds label and value; its ::after covers the tile, so the whole tile
     is the click target and shows the focus ring. */
  .tile {
    position: relative;
  }
  .activator {
    display: flex;
    flex-direction: column;
    gap: var(--ph-space-xs);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .activator::after {
    content: '';
    position: absolute;
    inset: -1px;
    border-radius: var(--ph-radius-m);
  }
  .activator:focus {
    outline: none;
  }
  .activator:focus-visible::after {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  .tile:has(.activator:hover) {
    border-color: var(--ph-color-border-strong);
    background: var(--kpi-tile-background, var(--ph-color-surface-hover));
  }

  /* Selected is drawn with a thicker accent edge as well as the tint, so it is not colour-only. */
  .tile--selected {
    border-color: var(--ph-color-accent);
    box-shadow: inset 0 0 0 1px var(--ph-color-accent);
    border-inline-start-width: 4px;
    background: var(--kpi-tile-background, var(--ph-color-surface-selected));
  }
  .tile--selected:has(.activator:hover) {
    background: var(--kpi-tile-background, var(--ph-color-surface-selected));
  }

  .label {
    display: block;
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-m);
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .value {
    display: block;
    color: var(--_value-color);
    font-size: var(--_value-size);
    font-weight: var(--ph-font-weight-strong);
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .skeleton {
    display: block;
    width: 4ch;
    max-width: 100%;
    height: 1.2em;
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-surface-hover);
    animation: kpi-tile-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes kpi-tile-pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .delta {
    display: flex;
    align-items: baseline;
    gap: var(--ph-space-xs);
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .delta__direction {
    color: var(--ph-color-text);
  }

  .rule {
    display: block;
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
    overflow-wrap: anywhere;
  }
  .rule[hidden] {
    display: none;
  }

  @media (forced-colors: active) {
    .tile {
      border-color: CanvasText;
    }
    .activator:focus-visible::after {
      outline-color: Highlight;
    }
    .tile--selected {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    .skeleton {
      background: GrayText;
    }
  }
`;
