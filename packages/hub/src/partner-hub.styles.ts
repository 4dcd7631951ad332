import {css} from 'lit';

export const partnerHubStyles = css`
  :host {
    container: partner-hub / inline-size;
    /* Its own surface: a hub themed dark inside a light page stays readable. */
    background: var(--ph-color-surface);
    --_gap: var(--partner-hub-gap, var(--ph-space-xl));
  }
  nav {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--ph-color-surface);
    border-bottom: 1px solid var(--ph-color-border);
    margin-bottom: var(--_gap);
  }
  nav ul {
    display: flex;
    gap: var(--ph-space-xs) var(--ph-space-l);
    overflow-x: auto;
    margin: 0;
    padding: var(--ph-space-s) 0;
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding: var(--ph-space-xs) var(--ph-space-s);
    color: var(--ph-color-link);
    white-space: nowrap;
    border-radius: var(--ph-radius-s);
  }
  a:focus-visible,
  h2:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  .area {
    display: grid;
    gap: var(--ph-space-l);
    margin-bottom: var(--_gap);
    scroll-margin-top: 3rem;
  }
  .area > * {
    min-width: 0;
  }
  h2 {
    margin: 0;
    font-size: var(--ph-font-size-xl);
    scroll-margin-top: 3.5rem;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: 0;
    font-size: var(--ph-font-size-l);
  }
  .toggle {
    margin-bottom: var(--_gap);
  }
  .charts,
  .customers {
    display: grid;
    gap: var(--ph-space-l);
  }
  .charts > *,
  .customers > * {
    min-width: 0;
  }
  .panel {
    border: 1px solid var(--ph-color-border);
    border-radius: var(--ph-radius-m);
    padding: var(--ph-space-m);
    background: var(--ph-color-surface);
  }
  .panel__bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--ph-space-s);
    margin-bottom: var(--ph-space-s);
  }
  /* .button and .state come from the kit's state styles; the dataset error lists its problems. */
  .state--error {
    display: block;
  }
  .problems {
    margin: var(--ph-space-s) 0;
    padding-inline-start: var(--ph-space-xl);
    overflow-wrap: anywhere;
  }
  @container partner-hub (min-width: 56rem) {
    .charts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container partner-hub (min-width: 72rem) {
    .customers--open {
      grid-template-columns: minmax(0, 2fr) minmax(20rem, 1fr);
      align-items: start;
    }
    .customers--open .panel {
      position: sticky;
      top: 3.5rem;
      max-height: calc(100vh - 4rem);
      overflow: auto;
    }
  }
  @media (forced-colors: active) {
    .panel,
    nav {
      border-color: CanvasText;
    }
  }
`;
