import {css} from 'lit';

export const licenseBarStyles = css`
  :host {
    --_height: 0.75rem;
    min-width: 4rem;
  }
  :host([compact]) {
    --_height: 0.5rem;
  }

  .bar {
    position: relative;
    border-radius: var(--ph-radius-s);
  }
  .bar:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }

  .track {
    display: flex;
    height: var(--_height);
    overflow: hidden;
    border: 1px solid var(--ph-color-border-strong);
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-surface);
  }

  .segment {
    flex: none;
    height: 100%;
  }
  /* A thin gap between neighbouring segments, so they are told apart by more than colour. */
  .segment + .segment {
    border-inline-start: 1px solid var(--ph-color-surface);
  }

  .used {
    background: var(--ph-color-license-used);
  }
  .assigned {
    background: var(--ph-color-license-assigned);
  }
  .available {
    background: var(--ph-color-license-available);
  }
  /* Hatched as well as red: the overage must not be told by colour alone. */
  .overage {
    background: repeating-linear-gradient(
      -45deg,
      var(--ph-color-license-overage) 0 3px,
      color-mix(in srgb, var(--ph-color-license-overage) 30%, var(--ph-color-surface)) 3px 6px
    );
  }

  /* The licence limit, where the overage starts. */
  .limit {
    position: absolute;
    top: -3px;
    bottom: -3px;
    width: 2px;
    margin-inline-start: -1px;
    background: var(--ph-color-text);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ph-space-xs) var(--ph-space-m);
    margin-top: var(--ph-space-xs);
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .legend__item {
    display: inline-flex;
    align-items: center;
    gap: var(--ph-space-xs);
  }

  .swatch {
    display: inline-block;
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border: 1px solid var(--ph-color-border-strong);
    border-radius: 2px;
  }

  .tooltip {
    position: fixed;
    inset: auto;
    margin: 0;
    max-width: min(20rem, calc(100vw - 12px));
    padding: var(--ph-space-s) var(--ph-space-m);
    overflow: visible;
    border: 1px solid var(--ph-color-border-strong);
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-surface);
    color: var(--ph-color-text);
    box-shadow: var(--ph-shadow-popover);
    font-family: var(--ph-font-family);
    font-size: var(--ph-font-size-s);
    line-height: 1.4;
  }

  .detail {
    display: grid;
    grid-template-columns: auto auto;
    gap: 2px var(--ph-space-m);
    margin: 0;
  }
  .detail__row {
    display: contents;
  }
  .detail dt {
    display: flex;
    align-items: center;
    gap: var(--ph-space-xs);
  }
  .detail dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    /* System colours plus patterns: solid, striped, empty and hatched stay apart in any scheme. */
    .track,
    .swatch,
    .limit {
      forced-color-adjust: none;
    }
    .track {
      border-color: CanvasText;
      background: Canvas;
    }
    .segment + .segment {
      border-inline-start-color: CanvasText;
    }
    .used {
      background: CanvasText;
    }
    .assigned {
      background: repeating-linear-gradient(90deg, CanvasText 0 1px, Canvas 1px 4px);
    }
    .available {
      background: Canvas;
    }
    .overage {
      background: repeating-linear-gradient(-45deg, Highlight 0 3px, Canvas 3px 6px);
    }
    .swatch {
      border-color: CanvasText;
    }
    .limit {
      background: CanvasText;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
