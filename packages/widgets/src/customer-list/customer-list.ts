import {msg, str} from '@lit/localize';
import {
  CUSTOMER_STATUSES,
  MANAGED_BY,
  MAX_TAGS_PER_CUSTOMER,
  RECORD_KINDS,
  type CustomerFacets,
  type CustomerFilters,
  type CustomerPage,
  type CustomerQuery,
  type CustomerRow,
  type CustomerSortKey,
  type CustomerStatus,
  type Permissions,
  type Session,
  type Tag,
} from '@partner-hub/core';
import {html, nothing, render, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {styleProps} from '../internal/style-props.ts';
import {CustomerSelectEvent} from '../events/customer-select.ts';
import {LaunchOrgEvent} from '../events/launch-org.ts';
import {StartTrialEvent} from '../events/start-trial.ts';
import {TagsChangeEvent} from '../events/tags-change.ts';
import {MISSING} from '../i18n/format.ts';
import {kpiLabel} from '../i18n/kpis.ts';
import {productLabel} from '../i18n/products.ts';
import {statusDescription, statusLabel} from '../i18n/statuses.ts';
import {ConnectedElement} from '../internal/connected-element.ts';
import {toCsv} from '../internal/csv.ts';
import {ProviderData} from '../internal/provider-data.ts';
import {renderError, renderLoading, stateStyles} from '../internal/states.ts';
import {httpUrl} from '../internal/urls.ts';
import '../license-bar/define.ts';
import {FILTERS, bySeverity, hasFilters, prepareRows, queryRows, tagsOfRows, type CustomerSort, type RowsAnswer} from './customer-list.query.ts';
import {customerListStyles} from './customer-list.styles.ts';
import {pluralCategory} from '../i18n/plural.ts';
import {checked, CUSTOMER_PAGE, SESSION} from '../internal/checked-answer.ts';

export type {CustomerSort} from './customer-list.query.ts';

type ColumnId = CustomerSortKey | 'actions';

/** Narrower than this (px), the list keeps name, status and actions: usable on a 360 px phone. */
const NARROW_WIDTH_PX = 600;
const WIDE_COLUMNS: readonly ColumnId[] = ['name', 'status', 'products', 'tags', 'licenses', 'nextEnd', 'actions'];
const NARROW_COLUMNS: readonly ColumnId[] = ['name', 'status', 'actions'];
/** Every row (and the header) is this tall: the window maths and the CSS both use it. */
const ROW_HEIGHT_PX = 48;
/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN_ROWS = 4;
/** Browsers cap an element's height (Chrome near 33.5 million px, Firefox near 17.9 million): past
 * this the scroll range is scaled so a million rows still scroll end to end. */
const MAX_SCROLL_HEIGHT_PX = 15_000_000;
/** Viewport height assumed until the first measurement. */
const DEFAULT_VIEWPORT_PX = 480;
const SEARCH_DELAY_MS = 250;
/** Status badges shown in a row; the rest are counted ("+2") and listed in the tooltip. */
const SHOWN_STATUSES = 2;
const NAME_ASC: CustomerSort = {key: 'name', direction: 'asc'};
/** Connected mode: rows in the first request (which also brings the total and the facets). */
const PAGE_SIZE = 100;
/** Rows fetched beyond the visible ones, so a slow scroll rarely shows placeholders. */
const PREFETCH_ROWS = 50;
type FilterName = (typeof FILTERS)[number];

const STATUS_TONE: Record<CustomerStatus, string> = {
  suspended: 'negative',
  licenseOverage: 'negative',
  expiringSoon: 'warning',
  expired: 'warning',
  readyForSetup: 'info',
  noRecentActivity: 'neutral',
  trial: 'info',
  subscription: 'positive',
};

const icon = (path: string) => html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${path} /></svg>`;
const launchIcon = icon('M9 2h5v5h-1.5V4.56L7.53 9.53 6.47 8.47l4.97-4.97H9zM2 4h5v1.5H3.5v7h7V9H12v5H2z');
const editIcon = icon('M11.06 1.94a1.5 1.5 0 0 1 2.12 0l.88.88a1.5 1.5 0 0 1 0 2.12L5.5 13.5 2 14l.5-3.5z');

/** What the list shows, whichever mode feeds it. */
interface ListView {
  status: 'loading' | 'error' | 'ready';
  total: number;
  row: (index: number) => CustomerRow | undefined;
  facets: CustomerFacets | null;
  /** Older rows stay on screen while a newer answer loads. */
  busy: boolean;
}

const noRows = (status: 'loading' | 'error'): ListView => ({status, total: 0, row: () => undefined, facets: null, busy: false});

interface TagEditor {
  row: CustomerRow;
  selected: string[];
  saving: boolean;
  error: string | null;
}

function columnLabel(column: ColumnId): string {
  return {
    name: msg('Name'),
    status: msg('Status'),
    products: msg('Products'),
    tags: msg('Tags'),
    licenses: msg('Licences'),
    nextEnd: msg('Renewal or expiry'),
    actions: msg('Actions'),
  }[column];
}

/** The query: filters without empty lists, so equal queries have equal keys. */
function toQuery(search: string, filters: CustomerFilters, sort: CustomerSort | undefined): CustomerQuery {
  const compact: CustomerFilters = {};
  for (const name of FILTERS) if (filters[name]?.length) (compact as Record<string, unknown>)[name] = filters[name];
  if (filters.kpi) compact.kpi = filters.kpi;
  return {search, filters: compact, ...(sort ? {sort} : {})};
}

/** The local calendar date as YYYY-MM-DD (for the file name). */
function localIsoDate(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The UTC calendar date of an ISO date-time, as spreadsheets read it; empty when invalid. */
function csvDate(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 10);
}

function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : msg('Something went wrong.');
}

/**
 * The partner's customers as a virtualised, sortable, filterable grid: statuses with the reason
 * behind each, products, tags (editable when the viewer's role allows), licences, the next renewal
 * or expiry, and a launch button per customer; search, faceted filters, CSV export and Start trial
 * above it.
 *
 * **Connected** (a `provider` from `<partner-hub>` or set directly): the provider searches, filters
 * and sorts; the element fetches the first 100 rows, then the rows around the viewport as it
 * scrolls, and shows placeholders for rows on their way. **Presentational** (the host sets `rows`): the element searches, filters, sorts and
 * counts facets itself, with the provider's semantics; `tags` and `permissions` come from the host,
 * and tag edits only fire `tags-change` for the host to save. Either way the DOM stays small (rows
 * outside the viewport are not rendered), so 100,000 customers scroll smoothly.
 *
 * Keyboard (one tab stop into the grid; `aria-describedby` help text says the same):
 * - Arrow keys: previous / next row or cell. Home / End: first / last cell of the row.
 * - Ctrl+Home / Ctrl+End: first / last row. Page Up / Page Down: one screen of rows.
 * - Enter: open the customer (`customer-select`); on a button, press it.
 * - L or Shift+Enter: launch the customer's organisation (`launch-org`).
 * - On a column header, Enter or Space sorts by it (again: reverses).
 *
 * @summary The customer table: statuses, tags, search, filters, sort, launch, start trial, CSV export.
 *
 * @csspart toolbar - The bar with search, filter toggle, counts and buttons.
 * @csspart search - The search input.
 * @csspart filters - The filter panel (fieldsets of checkboxes with facet counts).
 * @csspart grid - The grid (the scroll container).
 * @csspart header - The header row.
 * @csspart row - Each customer row.
 * @csspart cell - Each cell, header cells included.
 * @csspart export - The Export CSV button.
 * @csspart start-trial - The Start trial button.
 * @csspart tag-editor - The tag editing dialog.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart empty - The empty and no-match states.
 *
 * @cssproperty [--customer-list-height=30rem] - Height of the grid (its rows scroll inside).
 * @cssproperty [--customer-list-header-background=var(--ph-color-surface-raised)] - Header row background.
 * @cssproperty [--customer-list-row-hover-background=var(--ph-color-surface-hover)] - Row under the pointer.
 * @cssproperty [--customer-list-active-row-background=var(--ph-color-surface-selected)] - Row with the keyboard focus.
 *
 * @cssstate loading - The first answer is on its way (or the host has not set `rows` yet).
 * @cssstate empty - The partner has no customers at all (not: none match the search).
 * @cssstate error - The customers could not be loaded; the element offers Retry.
 *
 * @event {CustomerSelectEvent} customer-select - A row was activated (click, Enter).
 * @event {LaunchOrgEvent} launch-org - Launch was pressed; cancelable. Default: opens the customer's http(s) `launchUrl` in a new tab.
 * @event {StartTrialEvent} start-trial - Start trial was pressed (`customerId` null); cancelable. The list has no trial form of its own.
 * @event {CustomEvent<{filters: CustomerFilters}>} filters-change - The viewer changed the filters (a checkbox, Clear filters, removing the KPI filter); detail: the filters now applied.
 * @event {TagsChangeEvent} tags-change - A customer's tags were changed (connected: after the provider saved them; presentational: for the host to save).
 */
export class CustomerList extends ConnectedElement {
  static override styles = [...ConnectedElement.styles, stateStyles, customerListStyles];

  /** Presentational mode: the customers to show (the element searches, filters and sorts them). */
  @property({attribute: false}) rows: CustomerRow[] | undefined;

  /** Presentational mode: the partner's tag list for the tag filter and editor (default: the rows' tags). */
  @property({attribute: false}) tags: Tag[] | undefined;

  /** Presentational mode: what the viewer may do (`editTags`, `startTrial`); default: nothing. */
  @property({attribute: false}) permissions: Partial<Permissions> | undefined;

  /** The applied search text (typing applies it after a short pause; setting it applies at once). */
  @property({attribute: 'search', reflect: true}) search = '';

  /** The applied filters, `kpi` included (activating a KPI tile sets `{kpi: 'nearingExpiration'}`). */
  @property({attribute: false}) filters: CustomerFilters = {};

  /** Sort key and direction; unset: by name (connected) or the rows' own order (presentational). */
  @property({attribute: false}) sort: CustomerSort | undefined;

  @state() private filtersOpen = false;
  @state() private activeRow = 0;
  @state() private activeColumn = 0;
  @state() private narrow = false;
  @state() private viewportHeight = DEFAULT_VIEWPORT_PX;
  @state() private editor: TagEditor | null = null;
  @state() private exporting = false;
  @state() private exportError: string | null = null;

  /*
   * ProviderData is built directly rather than through loadFromProvider so that it stands still
   * (provider: undefined) while the host feeds `rows`: a hub's provider must not be queried then.
   */
  readonly #firstPage = new ProviderData<[string], {key: string; page: CustomerPage}>(this, {
    provider: () => this.#connectedProvider,
    args: () => [this.#queryKey],
    load: async (provider, [key], signal) => ({
      key,
      page: await checked(CUSTOMER_PAGE, provider.listCustomers({...(JSON.parse(key) as CustomerQuery), offset: 0, limit: PAGE_SIZE}, {signal})),
    }),
    isEmpty: ({key, page}) => page.total === 0 && !narrowed(JSON.parse(key) as CustomerQuery),
    setState: (name, on) => this.setState(name, on),
  });

  /*
   * The rows on screen when they are past the first page: one request for the page-aligned range
   * around the viewport, which follows the scroll (the previous one is aborted, its rows shown
   * until the new ones arrive). Its errors do not end the list: a notice offers Retry.
   */
  readonly #rowsOnScreen = new ProviderData<[string, number, number], {key: string; offset: number; page: CustomerPage}>(this, {
    provider: () => (this.#range[1] ? this.#connectedProvider : undefined),
    args: () => [this.#queryKey, ...this.#range],
    load: async (provider, [key, offset, limit], signal) => ({
      key,
      offset,
      page: await checked(CUSTOMER_PAGE, provider.listCustomers({...(JSON.parse(key) as CustomerQuery), offset, limit}, {signal})),
    }),
    setState: () => {},
  });

  // Permissions and the tag list. The list's states follow its rows; should the session fail, the
  // list still shows, with nothing editable, which is the safe reading.
  readonly #session = new ProviderData<[], Session>(this, {
    provider: () => this.#connectedProvider,
    args: () => [],
    load: (provider, _args, signal) => checked(SESSION, provider.getSession({signal})),
    setState: () => {},
  });

  /** The first-page answer on screen (of the current query, or of the previous one until that arrives). */
  #shown: {key: string; page: CustomerPage} | undefined;
  /** Offset and limit of the rows to fetch past the first page; limit 0: none. */
  #range: [number, number] = [0, 0];
  #queryKey = '';
  #view!: ListView;
  #presentational: {rows: CustomerRow[]; key: string; facets: boolean; answer: RowsAnswer} | undefined;
  #draft = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #scrollTop = 0;
  #renderedFrom = -1;
  #focusWanted = false;
  #hadFocus = false;
  readonly #resizeObserver = new ResizeObserver(() => this.#measure());
  #observedGrid: HTMLElement | null = null;
  #idleWork: number | undefined;
  /** The rows the last render asked for, in order, and the element each is rendered into. */
  #rowsToRender: [number, TemplateResult][] = [];
  #rowSlots = new Map<number, HTMLElement>();

  get #connectedProvider() {
    return this.rows === undefined ? this.provider : undefined;
  }

  get #columns(): readonly ColumnId[] {
    return this.narrow ? NARROW_COLUMNS : WIDE_COLUMNS;
  }

  /** The sort in effect: the provider sorts by name unless told otherwise. */
  get #sort(): CustomerSort | undefined {
    return this.sort ?? (this.rows === undefined ? NAME_ASC : undefined);
  }

  get #permissions(): Partial<Permissions> {
    return (this.rows === undefined ? this.#session.value?.permissions : this.permissions) ?? {};
  }

  get #tagList(): Tag[] {
    return this.rows === undefined ? (this.#session.value?.tags ?? []) : (this.tags ?? tagsOfRows(this.rows));
  }

  get #grid(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.grid');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this);
    // The grid is observed from the next update on (see `updated`).
    this.#observedGrid = null;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    clearTimeout(this.#searchTimer);
    this.#cancelIdleWork();
  }

  /** The CSV of exactly the rows the current search, filters and sort select, in order. */
  async exportCsv(): Promise<string> {
    const rows = await this.#allRows();
    return toCsv(
      [
        msg('Name'),
        msg('Org ID'),
        msg('Statuses'),
        msg('Products'),
        msg('Tags'),
        msg('Licences total'),
        msg('Licences assigned'),
        msg('Licences used'),
        msg('Next end date'),
        msg('Renews or expires'),
      ],
      rows.map(({name, orgId, statuses, products, tags, licenses, nextEnd}) => [
        name,
        orgId,
        bySeverity(statuses)
          .map((info) => statusLabel(info.status))
          .join('; '),
        products.map(productLabel).join('; '),
        tags.map((tag) => tag.label).join('; '),
        licenses.total,
        licenses.assigned,
        licenses.used,
        nextEnd && csvDate(nextEnd.date),
        nextEnd && (nextEnd.autoRenew ? msg('renews') : msg('expires')),
      ]),
    );
  }

  /** Exports the CSV (see `exportCsv`) and downloads it as customers-YYYY-MM-DD.csv. */
  async downloadCsv(): Promise<void> {
    const url = URL.createObjectURL(new Blob([await this.exportCsv()], {type: 'text/csv;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = `customers-${localIsoDate(new Date())}.csv`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoked a little later: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('search') && this.search !== this.#draft) {
      clearTimeout(this.#searchTimer);
      this.#draft = this.search;
      // The input may hold typing the binding never saw.
      const input = this.renderRoot.querySelector('input');
      if (input) input.value = this.search;
    }
    const key = JSON.stringify(toQuery(this.search, this.filters, this.#sort));
    const queryChanged = key !== this.#queryKey;
    this.#queryKey = key;
    const view = (this.#view = this.rows === undefined ? this.#connectedView() : this.#presentationalView(queryChanged));
    if (changed.has('rows')) this.#scheduleIdleWork();
    if (view.status === 'ready' && !view.busy && this.activeRow >= view.total) this.activeRow = view.total - 1;
    // Rows past the first page, once that page of this query is on screen.
    const [first, last] = this.#window(view.total);
    const from = Math.floor(Math.max(0, first - PREFETCH_ROWS) / PAGE_SIZE) * PAGE_SIZE;
    const to = Math.ceil((last + PREFETCH_ROWS) / PAGE_SIZE) * PAGE_SIZE;
    this.#range = this.#shown?.key === key && to > PAGE_SIZE ? [from, to - from] : [0, 0];
    this.activeColumn = Math.min(this.activeColumn, this.#columns.length - 1);
  }

  #connectedView(): ListView {
    const answer = this.#firstPage.value;
    const status = this.#firstPage.status;
    if (answer?.key === this.#queryKey && answer !== this.#shown) {
      // A new query starts at the top; a reload of the same one (the data changed) stays put.
      if (this.#shown?.key !== answer.key) this.#toTop();
      this.#shown = answer;
    }
    const shown = this.#shown;
    if (status === 'error' && this.provider) return noRows('error');
    if (!this.provider || !answer || !shown) return noRows('loading');
    const more = this.#rowsOnScreen.value;
    return {
      status: 'ready',
      total: shown.page.total,
      row: (index) => (index < PAGE_SIZE ? shown.page.items[index] : more?.key === shown.key ? more.page.items[index - more.offset] : undefined),
      facets: shown.page.facets,
      busy: status === 'loading' || shown.key !== this.#queryKey,
    };
  }

  #presentationalView(queryChanged: boolean): ListView {
    const rows = this.rows!;
    const withFacets = this.filtersOpen;
    let cached = this.#presentational;
    if (cached?.rows !== rows || cached.key !== this.#queryKey || (withFacets && !cached.facets)) {
      const answer = queryRows(rows, this.search, this.filters, this.#sort, withFacets);
      cached = this.#presentational = {rows, key: this.#queryKey, facets: withFacets, answer};
    }
    if (queryChanged) this.#toTop();
    const {order, total, facets} = cached.answer;
    return {status: 'ready', total, row: (index) => rows[order ? order[index]! : index], facets, busy: false};
  }

  #toTop(): void {
    this.#scrollTop = 0;
    const grid = this.#grid;
    if (grid) grid.scrollTop = 0;
    // Focus on a header (sorting by keyboard) stays there; in the body it goes to the first row.
    this.activeRow = Math.min(this.activeRow, 0);
  }

  /** Prepares host rows for search and name sort in idle time, so the first search is quick. */
  #scheduleIdleWork(): void {
    this.#cancelIdleWork();
    const rows = this.rows;
    const step = (deadline: IdleDeadline) => {
      this.#idleWork = prepareRows(rows!, () => deadline.timeRemaining() > 1) ? undefined : requestIdleCallback(step);
    };
    if (rows) this.#idleWork = requestIdleCallback(step);
  }

  #cancelIdleWork(): void {
    if (this.#idleWork !== undefined) cancelIdleCallback(this.#idleWork);
    this.#idleWork = undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement;
    this.#hadFocus = !!focused && !!this.#grid?.contains(focused);
    this.#rowsToRender = [];
    super.update(changed);
    this.#renderRows();
  }

  /**
   * Renders each row into its own slot element, kept while the row stays rendered: the focused
   * row and the row under the pointer keep their nodes as the grid scrolls, and the DOM stays in
   * row order. This is lit's `repeat` narrowed to what a sliding window needs (rows only enter and
   * leave, never reorder), at a fraction of its size.
   */
  #renderRows(): void {
    const body = this.renderRoot.querySelector('.body');
    const slots = new Map<number, HTMLElement>();
    for (const [index] of this.#rowsToRender) {
      const slot = this.#rowSlots.get(index);
      if (slot?.parentNode === body) slots.set(index, slot);
    }
    // Leaving rows go first, so the staying ones never move (moving a node would drop its focus).
    const staying = new Set(slots.values());
    for (const slot of this.#rowSlots.values()) if (!staying.has(slot)) slot.remove();
    let next = body?.firstElementChild ?? null;
    for (const [index, row] of this.#rowsToRender) {
      let slot = slots.get(index);
      if (slot) next = slot.nextElementSibling;
      else {
        slots.set(index, (slot = document.createElement('div')));
        slot.className = 'slot';
        body!.insertBefore(slot, next);
      }
      render(row, slot, {host: this});
    }
    this.#rowSlots = slots;
  }

  protected override render(): TemplateResult {
    const view = this.#view;
    return html`
      ${this.#renderToolbar(view)} ${this.filtersOpen ? this.#renderFilters(view.facets) : nothing} ${this.#renderKpiFilter()}
      ${this.#renderBody(view)} ${this.editor ? this.#renderEditor(this.editor) : nothing}
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.rows !== undefined) {
      this.setState('loading', false);
      this.setState('error', false);
      this.setState('empty', this.rows.length === 0);
    } else if (!this.provider) {
      this.setState('loading', true);
    }
    // The host's width decides the columns; the grid's height, how many rows to render.
    const grid = this.#grid;
    if (grid && grid !== this.#observedGrid) {
      if (this.#observedGrid) this.#resizeObserver.unobserve(this.#observedGrid);
      this.#resizeObserver.observe(grid);
      this.#observedGrid = grid;
    }
    if (this.#focusWanted || this.#hadFocus) {
      this.#focusWanted = false;
      this.#focusActive();
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  // Toolbar ---------------------------------------------------------------------------------

  #renderToolbar(view: ListView): TemplateResult {
    const {filters} = this;
    const applied = FILTERS.reduce((sum, name) => sum + (filters[name]?.length ?? 0), filters.kpi ? 1 : 0);
    return html`<div class="toolbar" part="toolbar">
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          aria-label=${msg('Search customers')}
          placeholder=${msg('Search name, org ID, subscription or tag')}
          .value=${this.#draft}
          @input=${this.#onSearchInput}
          @keydown=${this.#onSearchKeydown}
        />
        <button class="button" type="button" aria-expanded=${this.filtersOpen} aria-controls="filters" @click=${() => (this.filtersOpen = !this.filtersOpen)}>
          ${applied ? msg(str`Filters (${this.format.number(applied)})`) : msg('Filters')}
        </button>
        ${hasFilters(filters) ? html`<button class="button" type="button" @click=${() => this.#filter({})}>${msg('Clear filters')}</button>` : nothing}
        <span class="count" role="status">${view.status === 'ready' ? this.#countText(view.total) : nothing}</span>
        <button class="button" part="export" type="button" ?disabled=${this.exporting || view.status !== 'ready'} @click=${this.#onExport}>
          ${this.exporting ? msg('Exporting…') : msg('Export CSV')}
        </button>
        ${this.#permissions.startTrial
          ? html`<button class="button button--primary" part="start-trial" type="button" @click=${() => this.dispatchEvent(new StartTrialEvent(null))}>
              ${msg('Start trial')}
            </button>`
          : nothing}
      </div>
      ${this.exportError ? html`<p class="notice" role="alert">${this.exportError}</p>` : nothing}`;
  }

  /** "1,234 customers", with the plural form the locale needs (translations fill each category). */
  #countText(total: number): string {
    const count = this.format.number(total);
    switch (pluralCategory(this.locale, total)) {
      case 'one':
        return msg(str`${count} customer`, {id: 'customer-count-one'});
      case 'few':
        return msg(str`${count} customers`, {id: 'customer-count-few'});
      case 'many':
        return msg(str`${count} customers`, {id: 'customer-count-many'});
      default:
        return msg(str`${count} customers`, {id: 'customer-count-other'});
    }
  }

  #onSearchInput(event: Event): void {
    this.#draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => (this.search = this.#draft), SEARCH_DELAY_MS);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    clearTimeout(this.#searchTimer);
    this.search = this.#draft = (event.target as HTMLInputElement).value;
  }

  async #onExport(): Promise<void> {
    this.exporting = true;
    this.exportError = null;
    try {
      await this.downloadCsv();
    } catch (error) {
      this.exportError = this.localize(() => msg(str`The export failed: ${errorText(error)}`));
    }
    this.exporting = false;
  }

  async #allRows(): Promise<readonly CustomerRow[]> {
    const {rows, provider} = this;
    if (rows !== undefined) {
      const {order} = queryRows(rows, this.search, this.filters, this.#sort, false);
      return order ? Array.from(order, (position) => rows[position]!) : rows;
    }
    if (!provider) return [];
    const key = this.#queryKey;
    const query = JSON.parse(key) as CustomerQuery;
    const answer = this.#firstPage.value;
    const total = answer?.key === key ? answer.page.total : (await checked(CUSTOMER_PAGE, provider.listCustomers({...query, offset: 0, limit: 0}))).total;
    return total ? (await checked(CUSTOMER_PAGE, provider.listCustomers({...query, offset: 0, limit: total}))).items : [];
  }

  // Filters ---------------------------------------------------------------------------------

  #renderFilters(facets: CustomerFacets | null): TemplateResult {
    const group = (name: FilterName, legend: string, options: [value: string, label: string][]) => {
      const selected = new Set<string>(this.filters[name]);
      const counts = new Map<string, number>(facets?.[name].map(({value, count}) => [value, count]));
      return html`<fieldset>
        <legend>${legend}</legend>
        ${options.map(
          ([value, label]) =>
            html`<label class="check">
              <input
                type="checkbox"
                .checked=${selected.has(value)}
                @change=${(event: Event) => {
                  const rest = ((this.filters[name] ?? []) as string[]).filter((item) => item !== value);
                  this.#filter({...this.filters, [name]: (event.target as HTMLInputElement).checked ? [...rest, value] : rest});
                }}
              />${msg(str`${label} (${this.format.number(counts.get(value))})`)}
            </label>`,
        )}
      </fieldset>`;
    };
    const products = facets?.product.map(({value}) => value) ?? this.#session.value?.products ?? [];
    return html`<div class="filters" id="filters" part="filters" role="group" aria-label=${msg('Filters')} @keydown=${this.#onFiltersKeydown}>
      ${group(
        'managedBy',
        msg('Managed by'),
        MANAGED_BY.map((value) => [value, value === 'partner' ? msg('Partner organisation') : msg('External administrator')]),
      )}
      ${group('product', msg('Product'), products.map((value) => [value, productLabel(value)]))}
      ${group('status', msg('Status'), CUSTOMER_STATUSES.map((value) => [value, statusLabel(value)]))}
      ${group('subscriptionType', msg('Subscription type'), RECORD_KINDS.map((value) => [value, value === 'trial' ? msg('Trial') : msg('Subscription')]))}
      ${group('tags', msg('Tags'), this.#tagList.map((tag) => [tag.id, tag.label]))}
    </div>`;
  }

  #onFiltersKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.filtersOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-controls="filters"]')?.focus());
  }

  /** The KPI filter has no checkbox: a chip says it is on and removes it. */
  #renderKpiFilter(): TemplateResult | typeof nothing {
    const {kpi} = this.filters;
    if (!kpi) return nothing;
    const label = msg(str`Only: ${kpiLabel(kpi)}`);
    return html`<ul class="active-filters" aria-label=${msg('Applied filters')}>
      <li class="chip">
        ${label}
        <button class="icon-button" type="button" aria-label=${msg(str`Remove filter: ${label}`)} @click=${() => this.#filter({...this.filters, kpi: undefined})}>
          ×
        </button>
      </li>
    </ul>`;
  }

  // Body ------------------------------------------------------------------------------------

  #renderBody(view: ListView): TemplateResult {
    if (view.status === 'loading') return renderLoading();
    if (view.status === 'error') return renderError(this.#firstPage.errorMessage, () => this.#retry());
    if (view.total === 0 && !view.busy) {
      return html`<div class="state state--empty" part="empty">
        ${narrowed(this)
          ? html`<span>${msg('No customers match your search or filters.')}</span>
              <button class="button" type="button" @click=${this.#clearAll}>${msg('Clear search and filters')}</button>`
          : msg('No customers yet.')}
      </div>`;
    }
    const more = this.#rowsOnScreen;
    return html`${this.#renderGrid(view)}
    ${this.rows === undefined && more.status === 'error'
      ? html`<div class="toolbar notice" role="alert">
          <span>${msg(str`Some customers could not be loaded: ${more.errorMessage}`)}</span>
          <button class="button" type="button" @click=${() => more.retry()}>${msg('Retry')}</button>
        </div>`
      : nothing}`;
  }

  /** Loads the rows again, and the session too if it failed: else the permissions stay off after a recovery. */
  #retry(): void {
    this.#firstPage.retry();
    if (this.#session.status === 'error') this.#session.retry();
  }

  #clearAll(): void {
    clearTimeout(this.#searchTimer);
    this.search = '';
    this.#filter({});
  }

  /** The viewer changed the filters: apply them and tell the host (`filters-change`, detail: the filters). */
  #filter(filters: CustomerFilters): void {
    this.filters = filters;
    this.dispatchEvent(new CustomEvent('filters-change', {bubbles: true, composed: true, detail: {filters}}));
  }

  /** Scroll maths: the full height, the (possibly capped) scroll height, and the visible body height. */
  #geometry(total: number) {
    const full = total * ROW_HEIGHT_PX;
    const height = Math.min(full, MAX_SCROLL_HEIGHT_PX);
    const body = Math.max(this.viewportHeight - ROW_HEIGHT_PX, ROW_HEIGHT_PX);
    // Past the cap, scrollTop maps linearly onto the full range.
    const scale = height < full ? (full - body) / Math.max(height - body, 1) : 1;
    return {height, body, scale, offset: this.#scrollTop * scale};
  }

  /** First and last row index to render (overscan included). */
  #window(total: number): [number, number] {
    const {body, offset} = this.#geometry(total);
    return [Math.max(0, Math.floor(offset / ROW_HEIGHT_PX) - OVERSCAN_ROWS), Math.min(total - 1, Math.floor((offset + body) / ROW_HEIGHT_PX) + OVERSCAN_ROWS)];
  }

  #renderGrid(view: ListView): TemplateResult {
    const columns = this.#columns;
    const {height, offset} = this.#geometry(view.total);
    const [first, last] = this.#window(view.total);
    const active = this.activeRow;
    this.#renderedFrom = first;
    // The row with the keyboard focus stays rendered wherever the viewport is, so focus survives
    // scrolling it out of view (and Tab returns to it).
    const indexes = Array.from({length: last - first + 1}, (_, i) => first + i);
    if (active >= 0 && active < first) indexes.unshift(active);
    if (active > last) indexes.push(active);
    this.#rowsToRender = indexes.map((index) => [index, this.#renderRow(view, index, index * ROW_HEIGHT_PX - offset + this.#scrollTop)]);
    return html`<div id="keyboard-help" class="visually-hidden">
        ${msg(
          'Arrow keys move between rows and cells. Enter opens the customer. L or Shift+Enter launches the organisation. Home and End go to the first or last cell, Control+Home and Control+End to the first or last row, Page Up and Page Down by a screen. On a column header, Enter or Space sorts.',
        )}
      </div>
      <div
        class="grid ${this.narrow ? 'grid--narrow' : ''}"
        part="grid"
        role="grid"
        aria-label=${msg('Customers')}
        aria-describedby="keyboard-help"
        aria-rowcount=${view.total + 1}
        aria-busy=${view.busy}
        style=${styleProps({'--_row-height': `${ROW_HEIGHT_PX}px`})}
        @scroll=${this.#onScroll}
        @keydown=${this.#onGridKeydown}
        @focusin=${this.#onGridFocusIn}
        @click=${this.#onGridClick}
        @mouseover=${this.#onGridMouseOver}
      >
        <div class="head" role="rowgroup">
          <div class="row" part="header" role="row" aria-rowindex="1">${columns.map((column, index) => this.#renderHeaderCell(column, index))}</div>
        </div>
        <div class="body" role="rowgroup" style=${styleProps({height: `${height}px`})}></div>
      </div>`;
  }

  #renderHeaderCell(column: ColumnId, index: number): TemplateResult {
    const label = columnLabel(column);
    if (column === 'actions') return this.#cell(-1, index, html`<span class="visually-hidden">${label}</span>`, '', 'columnheader');
    const sort = this.#sort;
    const direction = sort?.key === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
    return this.#cell(-1, index, label, '', 'columnheader', {sort: direction, onClick: () => this.#sortBy(column)});
  }

  #sortBy(key: CustomerSortKey): void {
    const sort = this.#sort;
    this.sort = {key, direction: sort?.key === key && sort.direction === 'asc' ? 'desc' : 'asc'};
  }

  /** The grid's one tab stop is the active cell's focus target; every other one is -1. */
  #tabIndex(row: number, column: number): number {
    return this.activeRow === row && this.activeColumn === column ? 0 : -1;
  }

  /** A cell that takes the focus itself (the data-row / data-column pair marks a focus target). */
  #cell(
    row: number,
    column: number,
    content: unknown,
    className = '',
    role = 'gridcell',
    {sort, describedBy, onClick, title}: {sort?: string; describedBy?: string; onClick?: () => void; title?: string} = {},
  ): TemplateResult {
    return html`<div
      class="cell ${className}"
      part="cell"
      role=${role}
      data-row=${row}
      data-column=${column}
      tabindex=${this.#tabIndex(row, column)}
      aria-sort=${sort ?? nothing}
      aria-describedby=${describedBy ?? nothing}
      title=${title ?? nothing}
      @click=${onClick}
    >
      ${content}
    </div>`;
  }

  /** A cell whose one button takes the focus, followed by `after`. */
  #buttonCell(row: number, column: number, label: string, onClick: () => void, content: TemplateResult, after: unknown = nothing, disabledTitle?: string): TemplateResult {
    return html`<div class="cell" part="cell" role="gridcell">
      <button
        class="icon-button"
        type="button"
        data-row=${row}
        data-column=${column}
        tabindex=${this.#tabIndex(row, column)}
        aria-label=${label}
        aria-disabled=${disabledTitle ? 'true' : nothing}
        title=${disabledTitle ?? nothing}
        @click=${onClick}
      >
        ${content}
      </button>
      ${after}
    </div>`;
  }

  #renderRow(view: ListView, index: number, top: number): TemplateResult {
    const row = view.row(index);
    return html`<div
      class="row ${index === this.activeRow ? 'row--active' : ''}"
      part="row"
      role="row"
      aria-rowindex=${index + 2}
      data-index=${index}
      style=${styleProps({transform: `translateY(${top}px)`})}
    >
      ${this.#columns.map((column, position) =>
        row
          ? this.#renderCell(row, index, column, position, top)
          : this.#cell(
              index,
              position,
              html`${position === 0 ? html`<span class="visually-hidden">${msg('Loading…')}</span>` : nothing}<span class="skeleton" aria-hidden="true"></span>`,
            ),
      )}
    </div>`;
  }

  #renderCell(row: CustomerRow, index: number, column: ColumnId, position: number, top: number): TemplateResult {
    switch (column) {
      case 'name':
        // Cut with an ellipsis; the full name in the tooltip (and in full on keyboard focus).
        return this.#cell(index, position, row.name, 'cell--text cell--name', 'gridcell', {title: row.name});
      case 'status':
        return this.#renderStatusCell(row, index, position, top);
      case 'products':
        return this.#cell(index, position, row.products.map(productLabel).join(', '), 'cell--text');
      case 'tags': {
        const chips = row.tags.map((tag) => html`<span class="chip" style=${styleProps({'--_tag-color': tag.color})}>${tag.label}</span>`);
        if (!this.#permissions.editTags) return this.#cell(index, position, chips);
        const labels = row.tags.map((tag) => tag.label).join(', ');
        const label = labels ? msg(str`Edit tags of ${row.name} (${labels})`) : msg(str`Edit tags of ${row.name} (none)`);
        return this.#buttonCell(index, position, label, () => this.#openEditor(row), editIcon, chips);
      }
      case 'licenses':
        // The bar's own tab stop is removed (tabindex on its host): the grid keeps one tab stop,
        // and the cell, which contains the bar's text equivalent, takes the focus.
        return this.#cell(
          index,
          position,
          html`<license-bar compact tabindex="-1" .total=${row.licenses.total} .assigned=${row.licenses.assigned} .used=${row.licenses.used}></license-bar>`,
        );
      case 'nextEnd': {
        const end = row.nextEnd;
        const date = end && this.format.date(end.date);
        return this.#cell(
          index,
          position,
          end
            ? html`<span>${end.autoRenew ? msg(str`Renews ${date}`) : msg(str`Expires ${date}`)}</span
                ><span class="muted">${this.format.relativeDays(end.daysUntil)}</span>`
            : MISSING,
          'cell--end',
        );
      }
      case 'actions':
        return this.#buttonCell(
          index,
          position,
          msg(str`Launch organisation of ${row.name}`),
          () => this.#launch(row),
          launchIcon,
          nothing,
          httpUrl(row.launchUrl) ? undefined : msg('No launch address for this organisation'),
        );
    }
  }

  #renderStatusCell(row: CustomerRow, index: number, position: number, top: number): TemplateResult {
    const statuses = bySeverity(row.statuses);
    const shown = statuses.length > SHOWN_STATUSES + 1 ? statuses.slice(0, SHOWN_STATUSES) : statuses;
    const hidden = statuses.slice(shown.length);
    // The reasons are rendered for the focused row only (keeps the DOM small); the badges of other
    // rows explain themselves on hover through their title.
    const explained = index === this.activeRow && statuses.length > 0;
    const above = top + ROW_HEIGHT_PX - this.#scrollTop > this.viewportHeight / 2;
    const badge = (tone: string, title: string, label: string) => html`<span class="badge badge--${tone}" title=${title}>${label}</span>`;
    return this.#cell(
      index,
      position,
      html`${shown.map((info) => badge(STATUS_TONE[info.status], statusDescription(info, this.format), statusLabel(info.status)))}
      ${hidden.length
        ? badge('neutral', hidden.map((info) => statusLabel(info.status)).join(', '), msg(str`+${this.format.number(hidden.length)}`))
        : nothing}
      ${explained
        ? html`<span class="why ${above ? 'why--above' : ''}" id="why" role="tooltip">
            ${statuses.map((info) => html`<span>${statusLabel(info.status)}: ${statusDescription(info, this.format)}</span>`)}
          </span>`
        : nothing}`,
      'cell--status',
      'gridcell',
      {describedBy: explained ? 'why' : undefined},
    );
  }

  // Scrolling and focus ---------------------------------------------------------------------

  #measure(): void {
    this.narrow = this.getBoundingClientRect().width < NARROW_WIDTH_PX;
    const height = this.#grid?.clientHeight;
    if (height) this.viewportHeight = height;
  }

  #onScroll(event: Event): void {
    this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    const total = this.#view.total;
    // Rows are re-rendered when the window moves; past the height cap, on every scroll.
    if (this.#geometry(total).scale !== 1 || this.#window(total)[0] !== this.#renderedFrom) this.requestUpdate();
  }

  #moveTo(row: number, column: number): void {
    this.activeRow = row = Math.max(-1, Math.min(row, this.#view.total - 1));
    this.activeColumn = Math.max(0, Math.min(column, this.#columns.length - 1));
    // Focused after the update, which is asked for even when nothing moved (e.g. Home at the start).
    this.#focusWanted = true;
    this.requestUpdate();
    // Scrolls the grid so that the row is in view below the sticky header.
    const grid = this.#grid;
    if (!grid || row < 0) return;
    const {body, scale, offset} = this.#geometry(this.#view.total);
    const rowTop = row * ROW_HEIGHT_PX;
    const target = Math.min(rowTop, Math.max(offset, rowTop + ROW_HEIGHT_PX - body));
    if (target === offset) return;
    grid.scrollTop = target / scale;
    this.#scrollTop = grid.scrollTop;
  }

  #focusActive(): void {
    const target = this.#grid?.querySelector<HTMLElement>(`[data-row="${this.activeRow}"][data-column="${this.activeColumn}"]`);
    // focus() scrolls the cell into view, clear of the sticky header (the grid's scroll padding).
    if (target && !target.contains(this.shadowRoot!.activeElement)) target.focus();
  }

  /** The focus target (cell or button) an event happened in, with its row and column, or null. */
  #cellOf(event: Event): {row: number; column: number; target: HTMLElement} | null {
    for (const node of event.composedPath()) {
      if (node === event.currentTarget) break;
      if (node instanceof HTMLElement && node.dataset['column']) {
        return {row: Number(node.dataset['row']), column: Number(node.dataset['column']), target: node};
      }
    }
    return null;
  }

  #onGridFocusIn(event: FocusEvent): void {
    const cell = this.#cellOf(event);
    if (cell) {
      this.activeRow = cell.row;
      this.activeColumn = cell.column;
    }
  }

  /** A click in a row (not on one of its buttons) opens the customer. */
  #onGridClick(event: MouseEvent): void {
    for (const node of event.composedPath()) {
      if (node === event.currentTarget || node instanceof HTMLButtonElement) return;
      if (node instanceof HTMLElement && node.dataset['index']) {
        const row = this.#view.row(Number(node.dataset['index']));
        if (row) this.dispatchEvent(new CustomerSelectEvent(row.id));
        return;
      }
    }
  }

  /** Truncated text gets its full text as a tooltip, only where it is cut (so no double reading otherwise). */
  #onGridMouseOver(event: MouseEvent): void {
    const cell = (event.target as HTMLElement).closest?.('.cell--text');
    if (!(cell instanceof HTMLElement)) return;
    if (cell.scrollWidth > cell.clientWidth) cell.title = cell.textContent!.trim();
    else cell.removeAttribute('title');
  }

  #onGridKeydown(event: KeyboardEvent): void {
    const cell = this.#cellOf(event);
    if (!cell || event.altKey || event.metaKey) return;
    const {row, column, target} = cell;
    const lastColumn = this.#columns.length - 1;
    const lastRow = this.#view.total - 1;
    const pageRows = Math.max(1, Math.floor(this.#geometry(this.#view.total).body / ROW_HEIGHT_PX) - 1);
    const forward = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    const isButton = target instanceof HTMLButtonElement;
    const data = this.#view.row(row);
    const moves: Record<string, [number, number]> = {
      ArrowDown: [row + 1, column],
      ArrowUp: [row - 1, column],
      ArrowRight: [row, column + forward],
      ArrowLeft: [row, column - forward],
      Home: event.ctrlKey ? [Math.min(0, lastRow), column] : [row, 0],
      End: event.ctrlKey ? [lastRow, column] : [row, lastColumn],
      PageDown: [Math.min(row + pageRows, lastRow), column],
      PageUp: [Math.max(row - pageRows, Math.min(row, 0)), column],
    };
    const move = moves[event.key];
    if (move) this.#moveTo(...move);
    else if ((event.key === 'Enter' || event.key === ' ') && row < 0) {
      const key = this.#columns[column]!;
      if (key !== 'actions') this.#sortBy(key);
    } else if ((event.key === 'Enter' && event.shiftKey) || ((event.key === 'l' || event.key === 'L') && !event.ctrlKey)) {
      if (row < 0) return;
      if (data) this.#launch(data);
    } else if (event.key === 'Enter' && !isButton) {
      if (data) this.dispatchEvent(new CustomerSelectEvent(data.id));
    } else if (event.key !== ' ' || isButton) return;
    event.preventDefault();
  }

  #launch(row: CustomerRow): void {
    const url = httpUrl(row.launchUrl);
    if (url && this.dispatchEvent(new LaunchOrgEvent(row.id, url))) window.open(url, '_blank', 'noopener,noreferrer');
  }

  // Tag editor ------------------------------------------------------------------------------

  #openEditor(row: CustomerRow): void {
    this.editor = {row, selected: row.tags.map((tag) => tag.id), saving: false, error: null};
  }

  #renderEditor(editor: TagEditor): TemplateResult {
    const {selected, saving} = editor;
    const full = selected.length >= MAX_TAGS_PER_CUSTOMER;
    const max = this.format.number(MAX_TAGS_PER_CUSTOMER);
    return html`<dialog class="dialog" part="tag-editor" aria-labelledby="editor-title" @close=${this.#onEditorClosed}>
      <h2 id="editor-title">${msg(str`Tags of ${editor.row.name}`)}</h2>
      <fieldset aria-describedby="editor-limit">
        <legend>${msg(str`Choose up to ${max} tags`)}</legend>
        ${this.#tagList.map((tag) => {
          const checked = selected.includes(tag.id);
          return html`<label class="check">
            <input
              type="checkbox"
              .checked=${checked}
              ?disabled=${saving || (full && !checked)}
              @change=${(event: Event) => {
                const current = this.editor!;
                const rest = current.selected.filter((id) => id !== tag.id);
                this.editor = {...current, selected: (event.target as HTMLInputElement).checked ? [...rest, tag.id] : rest, error: null};
              }}
            /><span class="swatch" style=${styleProps({'--_tag-color': tag.color})}></span>${tag.label}
          </label>`;
        })}
      </fieldset>
      <p class="muted" id="editor-limit" role="status">
        ${full
          ? msg(str`A customer can have at most ${max} tags. Clear one to choose another.`)
          : msg(str`${this.format.number(selected.length)} of ${max} selected.`)}
      </p>
      ${editor.error ? html`<p class="notice" role="alert">${editor.error}</p>` : nothing}
      <div class="actions">
        <button class="button" type="button" @click=${this.#closeEditor}>${msg('Cancel')}</button>
        <button class="button button--primary" type="button" ?disabled=${saving} @click=${this.#saveTags}>
          ${saving ? msg('Saving…') : msg('Save')}
        </button>
      </div>
    </dialog>`;
  }

  #closeEditor(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onEditorClosed(): void {
    this.editor = null;
    this.#focusWanted = true;
  }

  async #saveTags(): Promise<void> {
    const editor = this.editor;
    if (!editor || editor.saving) return;
    const {row, selected} = editor;
    const provider = this.#connectedProvider;
    if (!provider) {
      this.#closeEditor();
      this.dispatchEvent(new TagsChangeEvent(row.id, selected));
      return;
    }
    this.editor = {...editor, saving: true, error: null};
    try {
      // The provider's change notification then reloads the rows on screen.
      const tags = await provider.setCustomerTags(row.id, selected);
      this.#closeEditor();
      this.dispatchEvent(new TagsChangeEvent(row.id, tags.map((tag) => tag.id)));
    } catch (error) {
      if (this.editor?.row.id === row.id) this.editor = {...this.editor, saving: false, error: errorText(error)};
    }
  }
}

/** Whether a search or a filter narrows the list (so no rows means "no match", not "no customers"). */
function narrowed({search, filters}: {search?: string; filters?: CustomerFilters}): boolean {
  return !!search?.trim() || hasFilters(filters ?? {});
}
