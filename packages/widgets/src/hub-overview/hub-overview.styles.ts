import {css} from 'lit';

export const hubOverviewStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--hub-overview-tile-min-width, 9.5rem)), 1fr));
    gap: var(--hub-overview-gap, var(--ph-space-m));
  }
`;
