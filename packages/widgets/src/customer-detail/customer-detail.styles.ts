import {css} from 'lit';

export const customerDetailStyles = css`
  :host {
    --_gap: var(--customer-detail-gap, var(--ph-space-l));
    --_card-background: var(--customer-detail-card-background, var(--ph-color-surface-raised));
    --_tab-indicator: var(--customer-detail-tab-indicator, var(--ph-color-accent));
    min-width: 0;
  }

  .detail {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }


  .muted {
    color: var(--ph-color-text-muted);
  }

  .mono,
  .card-id {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  /* Header */
  .header {
    display: grid;
    gap: var(--ph-space-s);
    min-width: 0;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--ph-space-s) var(--ph-space-l);
  }
  /* .clamp: at most three lines (the full name is in the title), so a very long name does not push the tabs away. */
  .name {
    margin: 0;
    min-width: 0;
    font-size: var(--ph-font-size-xl);
    font-weight: var(--ph-font-weight-strong);
  }
  .org {
    margin: 0;
    color: var(--ph-color-text-muted);
  }
  .statuses,
  .products,
  .cards {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ph-space-xs);
  }
  .products {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--ph-space-s) var(--ph-space-l);
  }
  .product {
    display: grid;
    gap: var(--ph-space-xs);
    min-width: 0;
  }
  .product-name {
    font-weight: var(--ph-font-weight-strong);
  }

  /* Text keeps the body colour: the tone colours do not reach 4.5:1 on their own surfaces at this size. */
  .badge {
    display: inline-block;
    padding: 0 var(--ph-space-s);
    border: 1px solid var(--ph-color-neutral);
    border-inline-start-width: 4px;
    border-radius: var(--ph-radius-s);
    font-size: var(--ph-font-size-s);
    line-height: 1.6;
    color: var(--ph-color-text);
    background: var(--ph-color-neutral-surface);
    white-space: nowrap;
  }
  .badge--suspended,
  .badge--licenseOverage,
  .badge--expired {
    border-color: var(--ph-color-negative);
    background: var(--ph-color-negative-surface);
  }
  .badge--expiringSoon,
  .badge--noRecentActivity,
  .badge--readyForSetup {
    border-color: var(--ph-color-warning);
    background: var(--ph-color-warning-surface);
  }
  .badge--trial {
    border-color: var(--ph-color-info);
    background: var(--ph-color-info-surface);
  }
  .badge--subscription {
    border-color: var(--ph-color-positive);
    background: var(--ph-color-positive-surface);
  }

  /* Buttons and form fields (the base .button comes from the shared state styles) */
  .button--primary {
    border-color: var(--ph-color-accent);
    background: var(--ph-color-accent);
    color: var(--ph-color-text-inverse);
  }
  .button--primary:hover {
    background: var(--ph-color-accent-hover);
  }
  .button--small {
    padding: 0 var(--ph-space-s);
    font-size: var(--ph-font-size-s);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .field {
    display: grid;
    gap: var(--ph-space-xs);
    min-width: 0;
  }
  .input {
    font: inherit;
    min-height: 2rem;
    max-width: 100%;
    padding: var(--ph-space-xs) var(--ph-space-s);
    border: 1px solid var(--ph-color-border-strong);
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-surface);
    color: var(--ph-color-text);
  }
  .input:focus-visible,
  .link:focus-visible,
  .tab:focus-visible,
  .panel:focus-visible,
  .table-scroll:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  .link {
    color: var(--ph-color-link);
  }
  .inline-error {
    margin: var(--ph-space-s) 0 0;
    padding: var(--ph-space-s) var(--ph-space-m);
    border-radius: var(--ph-radius-s);
    color: var(--ph-color-negative);
    background: var(--ph-color-negative-surface);
  }

  /* Tabs */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ph-space-xs);
    border-bottom: 1px solid var(--ph-color-border);
  }
  .tab {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: var(--ph-space-xs);
    margin-bottom: -1px;
    padding: var(--ph-space-s) var(--ph-space-m);
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--ph-color-text-muted);
    cursor: pointer;
  }
  .tab:hover {
    color: var(--ph-color-text);
    background: var(--ph-color-surface-hover);
  }
  .tab[aria-selected='true'] {
    color: var(--ph-color-text);
    font-weight: var(--ph-font-weight-strong);
    border-bottom-color: var(--_tab-indicator);
  }
  .count {
    min-width: 1.5em;
    padding: 0 var(--ph-space-xs);
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-neutral-surface);
    font-size: var(--ph-font-size-s);
    font-weight: normal;
    text-align: center;
  }
  .panel {
    display: grid;
    gap: var(--_gap);
    align-content: start;
    min-width: 0;
    padding-top: var(--ph-space-s);
  }
  .panel[hidden] {
    display: none;
  }

  /* Subscription and trial cards */
  .cards {
    display: grid;
    gap: var(--_gap);
  }
  .card {
    display: grid;
    gap: var(--ph-space-m);
    min-width: 0;
    padding: var(--ph-space-l);
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
    background: var(--_card-background);
  }
  .card-title {
    margin: 0;
    font-size: var(--ph-font-size-l);
    font-weight: var(--ph-font-weight-strong);
  }
  .card-id {
    margin-inline-start: var(--ph-space-xs);
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-m);
    font-weight: normal;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: var(--ph-space-s) var(--ph-space-l);
    margin: 0;
  }
  .facts dt {
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts-wide {
    grid-column: 1 / -1;
  }
  .amount {
    margin-inline-start: var(--ph-space-s);
    font-variant-numeric: tabular-nums;
  }

  .table .badge {
    margin-inline-start: var(--ph-space-xs);
  }

  /* Forms */
  .trial-form {
    display: grid;
    gap: var(--ph-space-m);
    padding: var(--ph-space-l);
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
  }
  .fields,
  .actions,
  .add-admin {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--ph-space-s) var(--ph-space-m);
  }
  .fields .input[type='number'] {
    width: 9em;
  }

  @media (forced-colors: active) {
    .badge,
    .count,
    .card,
    .trial-form,
    .inline-error {
      border: 1px solid CanvasText;
    }
    .tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
    .button--primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
    .link {
      color: LinkText;
    }
    .input:focus-visible,
    .link:focus-visible,
    .tab:focus-visible,
    .panel:focus-visible,
    .table-scroll:focus-visible {
      outline-color: Highlight;
    }
  }
`;
