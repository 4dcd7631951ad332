import {css} from 'lit';

export const resourceCenterStyles = css`
  .center {
    display: grid;
    gap: var(--resource-center-gap, var(--ph-space-xl));
    min-width: 0;
  }
  .section {
    display: grid;
    gap: var(--ph-space-s);
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--ph-font-size-l);
    font-weight: var(--ph-font-weight-strong);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .quick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ph-space-s);
  }
  .quick > li {
    padding: var(--ph-space-xs) var(--ph-space-m);
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
  }
  .featured {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--ph-space-m);
  }
  .card {
    display: grid;
    align-content: start;
    gap: var(--ph-space-xs);
    padding: var(--ph-space-m);
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
    background: var(--resource-center-card-background, var(--ph-color-surface-raised));
  }
  .all > li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--ph-space-xs) var(--ph-space-m);
    padding: var(--ph-space-s) 0;
    border-bottom: 1px solid var(--ph-color-border);
  }
  .meta,
  .muted {
    margin: 0;
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
  }
  /* Titles and their category line wrap anywhere; in the list, and for plain-text titles, they
     stop after a few lines (.clamp; the full text is in their title): one very long string must
     neither widen nor stretch the page. */
  .link,
  .title {
    overflow-wrap: anywhere;
  }
  .meta {
    --_clamp: 2;
  }
  .link {
    color: var(--ph-color-link);
  }
  .link:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--ph-space-s) var(--ph-space-m);
  }
  .field {
    display: grid;
    gap: var(--ph-space-xs);
    font-size: var(--ph-font-size-s);
  }
  .input {
    min-width: 10rem;
    padding: var(--ph-space-xs) var(--ph-space-s);
    border: 1px solid var(--ph-color-border-strong);
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-surface);
    color: inherit;
    font: inherit;
    font-size: var(--ph-font-size-m);
  }
  .input:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  .helpdesk {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ph-space-s) var(--ph-space-l);
    margin: 0;
  }
  @media (forced-colors: active) {
    .quick > li,
    .card {
      border-color: CanvasText;
    }
    .link {
      color: LinkText;
    }
  }
`;
