/**
 * The kit's small sortable, paged table: a helper an element holds in a field and calls from its
 * `render()`, so a table costs no extra element, shadow root or registration. Columns say what a
 * header reads, how a row sorts, how its cell renders and what goes into the CSV export.
 *
 * Cells are Lit text bindings (never HTML). Sorting is stable, numbers compare as numbers and text
 * with the locale's collation, and empty values (null) go last in either direction. Only one page
 * of rows is rendered, however many there are. The CSV holds every row in the current order.
 */
import {msg, str} from '@lit/localize';
import {tableStyles} from './table-styles.ts';

export {nameCell} from './table-styles.ts';
import {css, html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Formatter} from '../i18n/format.ts';
import {toCsv} from './csv.ts';

export type SortValue = string | number | null;
export type CsvValue = string | number | null;
export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  column: string;
  direction: SortDirection;
}

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvValue;
}

export interface Column<R> {
  /** Identifies the column in the sort state. */
  id: string;
  /** Header text. */
  header: string;
  /** The value the column sorts by; without it the column does not sort. */
  sort?: (row: R) => SortValue;
  /** What the cell shows (text or a template; provider strings only as text bindings). */
  cell: (row: R) => unknown;
  /** The CSV columns this column exports; default: one, the header and the sort value. */
  csv?: CsvColumn<R>[];
  /** Right-aligned tabular figures. */
  numeric?: boolean;
}

export interface TableOptions<R> {
  caption: string;
  /** Keeps the caption for assistive technology only (a visible heading already names the table). */
  captionHidden?: boolean;
  columns: readonly Column<R>[];
  rows: readonly R[];
  /** Shown instead of the table when there are no rows. */
  empty: string;
  /** Base name of the exported file (the local date and `.csv` are appended). */
  fileName: string;
}

/** Rows per page. */
export const PAGE_SIZE = 25;

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

function isMissing(value: SortValue): value is null {
  return value === null || (typeof value === 'number' && Number.isNaN(value));
}

/** The local calendar date as YYYY-MM-DD. */
function localIsoDate(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Saves `csv` as a file through a temporary download link inside `root`. */
export function downloadCsv(root: Node, csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], {type: 'text/csv;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}-${localIsoDate(new Date())}.csv`;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A text column that sorts by its own text. */
export function textColumn<R>(id: string, header: string, get: (row: R) => string, cell: (row: R) => unknown = get): Column<R> {
  return {id, header, sort: get, cell};
}

/** A numeric column: sorts and exports the number, shows it as `show` formats it. */
export function numberColumn<R>(id: string, header: string, get: (row: R) => number | null, show: (value: number | null) => string): Column<R> {
  return {id, header, numeric: true, sort: get, cell: (row) => show(get(row))};
}

export class DataTable<R> {
  /** The sort the viewer chose; null keeps the rows in the order they came in. */
  sort: TableSort | null = null;
  /** Zero-based page. */
  page = 0;

  readonly #host: Host;
  readonly #formatter: () => Formatter;
  #sorted: {rows: readonly R[]; sort: TableSort | null; locale: string; result: readonly R[]} | undefined;

  constructor(host: Host, formatter: () => Formatter) {
    this.#host = host;
    this.#formatter = formatter;
  }

  /** `rows` in the current sort order (memoised: paging does not sort again). */
  sorted(rows: readonly R[], columns: readonly Column<R>[]): readonly R[] {
    const {sort} = this;
    const locale = this.#formatter().locale;
    const memo = this.#sorted;
    if (memo && memo.rows === rows && memo.sort === sort && memo.locale === locale) return memo.result;
    const key = sort && columns.find((column) => column.id === sort.column)?.sort;
    let result = rows;
    if (sort && key) {
      const collator = new Intl.Collator(locale, {numeric: true});
      const sign = sort.direction === 'ascending' ? 1 : -1;
      // Keys are read once per row, not once per comparison.
      const keyed = rows.map((row, index) => ({row, index, value: key(row)}));
      keyed.sort((a, b) => {
        const aMissing = isMissing(a.value);
        const bMissing = isMissing(b.value);
        if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
        const order =
          typeof a.value === 'number' && typeof b.value === 'number'
            ? a.value - b.value
            : collator.compare(String(a.value), String(b.value));
        return order * sign || a.index - b.index;
      });
      result = keyed.map((entry) => entry.row);
    }
    this.#sorted = {rows, sort, locale, result};
    return result;
  }

  /** The CSV (BOM, quoted, formula-safe) of every row in the current order. */
  csv(rows: readonly R[], columns: readonly Column<R>[]): string {
    const csvColumns = columns.flatMap((column) => column.csv ?? (column.sort ? [{header: column.header, value: column.sort}] : []));
    return toCsv(
      csvColumns.map((column) => column.header),
      this.sorted(rows, columns).map((row) => csvColumns.map((column) => column.value(row))),
    );
  }

  /** Sorts by `column`: ascending first, then the other way round; back to the first page. */
  toggleSort(column: string): void {
    const direction = this.sort?.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = {column, direction};
    this.page = 0;
    this.#host.requestUpdate();
  }

  render({caption, captionHidden, columns, rows, empty, fileName}: TableOptions<R>): TemplateResult {
    if (rows.length === 0) return html`<p class="table-empty" part="empty">${empty}</p>`;
    const format = this.#formatter();
    const pages = Math.ceil(rows.length / PAGE_SIZE);
    const page = Math.min(this.page, pages - 1);
    const first = page * PAGE_SIZE;
    const shown = this.sorted(rows, columns).slice(first, first + PAGE_SIZE);
    const range = msg(str`${format.number(first + 1)}–${format.number(first + shown.length)} of ${format.number(rows.length)}`);
    const goTo = (target: number) => () => {
      if (target < 0 || target >= pages) return;
      this.page = target;
      this.#host.requestUpdate();
    };
    return html`<div class="table-scroll" part="table-scroll" role="group" tabindex="0" aria-label=${caption}>
        <table class="table" part="table">
          <caption class=${captionHidden ? 'visually-hidden' : ''}>${caption}</caption>
          <thead>
            <tr>
              ${columns.map((column) => {
                const sorted = this.sort?.column === column.id && column.sort ? this.sort.direction : undefined;
                return html`<th scope="col" class=${column.numeric ? 'numeric' : ''} aria-sort=${sorted ?? nothing}>
                  ${column.sort
                    ? html`<button class="sort" type="button" @click=${() => this.toggleSort(column.id)}>${column.header}</button>`
                    : column.header}
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${shown.map(
              (row) => html`<tr>
                ${columns.map((column) => html`<td class=${column.numeric ? 'numeric' : ''}>${column.cell(row)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="table-footer" part="table-footer">
        <span class="range" role="status">${range}</span>
        ${pages > 1
          ? html`<button class="button" part="previous" type="button" aria-disabled=${page === 0} @click=${goTo(page - 1)}>
                ${msg('Previous')}
              </button>
              <button class="button" part="next" type="button" aria-disabled=${page === pages - 1} @click=${goTo(page + 1)}>
                ${msg('Next')}
              </button>`
          : nothing}
        <button
          class="button"
          part="export"
          type="button"
          @click=${() => downloadCsv(this.#host.renderRoot, this.csv(rows, columns), fileName)}
        >
          ${msg('Export CSV')}
        </button>
      </div>`;
  }
}

/** The shared table look, plus sorting headers, paging and the sparkline's hidden text. */
export const dataTableStyles = [
  tableStyles,
  css`
  .table-scroll:focus-visible,
  .sort:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  .table th {
    min-width: 6rem;
    white-space: normal;
    vertical-align: bottom;
  }
  .sort {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  .sort::after {
    content: ' ↕' / '';
    opacity: 0.6;
  }
  [aria-sort] .sort::after {
    content: ' ▲' / '';
    opacity: 1;
  }
  [aria-sort='descending'] .sort::after {
    content: ' ▼' / '';
  }
  .table-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ph-space-s);
    margin-top: var(--ph-space-s);
  }
  .range {
    margin-inline-end: auto;
    color: var(--ph-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  .table-empty {
    margin: 0;
    padding: var(--ph-space-m) 0;
    color: var(--ph-color-text-muted);
  }
`,
];
