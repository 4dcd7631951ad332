import {css} from 'lit';

export const chartStyles = css`
  :host {
    --_chart-height: var(--chart-height, 18rem);
    min-width: 0;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--ph-space-s);
    padding: var(--chart-padding, var(--ph-space-m));
    border: 1px solid var(--chart-border-color, var(--ph-color-border));
    border-radius: var(--ph-radius-m);
    background: var(--chart-background, var(--ph-color-surface));
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--ph-space-s);
  }
  .heading {
    margin: 0;
    font-size: var(--ph-font-size-l);
    font-weight: var(--ph-font-weight-strong);
  }
  .help,
  .summary,
  .note {
    margin: 0;
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
  }
  .plot {
    width: 100%;
    height: var(--_chart-height);
    min-height: 8rem;
  }
  .plot[hidden] {
    display: none;
  }
  .toggle[aria-pressed='true'] {
    background: var(--ph-color-surface-selected);
  }
  .table-scroll {
    overflow: auto;
    max-height: var(--_chart-height);
    border-radius: var(--ph-radius-s);
  }
  .table-scroll:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    text-align: start;
    font-weight: var(--ph-font-weight-strong);
    padding-bottom: var(--ph-space-xs);
  }
  .table th,
  .table td {
    padding: var(--ph-space-xs) var(--ph-space-s);
    border-bottom: 1px solid var(--ph-color-border);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .table thead th {
    position: sticky;
    top: 0;
    background: var(--chart-background, var(--ph-color-surface));
    color: var(--ph-color-text-muted);
    font-weight: var(--ph-font-weight-strong);
  }
  .table .numeric {
    text-align: end;
  }
  .table-actions {
    display: flex;
    justify-content: flex-end;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .toggle[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
