/** The kit's data tables: one look for the customer detail's tables and the analytics tables. */
import {css, html, type TemplateResult} from 'lit';

/** Text from the data in a table cell (a name, an email…): cut with an ellipsis, the full text in the tooltip. */
export function nameCell(name: string): TemplateResult {
  return html`<span class="cut" title=${name}>${name}</span>`;
}

export const tableStyles = css`
  /* Tables scroll sideways inside their own region on narrow screens; it also contains their
     visually hidden texts, which would otherwise widen the page from their spot. */
  .table-scroll {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
    border-radius: var(--ph-radius-s);
  }
  .table {
    width: 100%;
    border-collapse: collapse;
  }
  .table caption {
    padding-bottom: var(--ph-space-xs);
    text-align: start;
    font-weight: var(--ph-font-weight-strong);
  }
  .table th,
  .table td {
    padding: var(--ph-space-xs) var(--ph-space-m);
    border-bottom: 1px solid var(--ph-color-border);
    text-align: start;
    vertical-align: middle;
    white-space: nowrap;
  }
  .table th {
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
    font-weight: var(--ph-font-weight-strong);
  }
  .table .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cut {
    display: block;
    max-width: 16rem;
    overflow: hidden;
    text-overflow: ellipsis;
  }
`;
