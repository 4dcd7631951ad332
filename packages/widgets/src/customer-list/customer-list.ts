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
  type FacetCount,
  type ManagedBy,
  type Permissions,
  type RecordKind,
  type Session,
  type Tag,
} from '@partner-hub/core';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {styleMap} from 'lit/directives/style-map.js';
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
import {PAGE_SIZE, PageWindow} from './customer-list.pages.ts';
import {bySeverity, hasFilters, prepareRows, queryRows, tagsOfRows, type CustomerSort, type RowsAnswer} from './customer-list.query.ts';
import {customerListStyles} from './customer-list.styles.ts';

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

type FilterName = 'managedBy' | 'product' | 'status' | 'subscriptionType' | 'tags';
const FILTER_NAMES: readonly FilterName[] = ['managedBy', 'product', 'status', 'subscriptionType', 'tags'];

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

const launchIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
  <path d="M9 2h5v5h-1.5V4.56L7.53 9.53 6.47 8.47l4.97-4.97H9zM2 4h5v1.5H3.5v7h7V9H12v5H2z" />
</svg>`;
const editIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
  <path d="M11.06 1.94a1.5 1.5 0 0 1 2.12 0l.88.88a1.5 1.5 0 0 1 0 2.12L5.5 13.5 2 14l.5-3.5z" />
</svg>`;

interface FirstPage {
  /** The query (`#queryKey`) this page answers. */
  key: string;
  page: CustomerPage;
}

/** What the list shows, whichever mode feeds it. */
interface ListView {
  status: 'loading' | 'error' | 'ready';
  total: number;
  row: (index: number) => CustomerRow | undefined;
  facets: CustomerFacets | null;
  /** Older rows stay on screen while a newer answer loads. */
  busy: boolean;
}

interface TagEditor {
  row: CustomerRow;
  selected: string[];
  saving: boolean;
  error: string | null;
}

function managedByLabel(value: ManagedBy): string {
  return value === 'partner' ? msg('Partner organisation') : msg('External administrator');
}

function kindLabel(value: RecordKind): string {
  return value === 'trial' ? msg('Trial') : msg('Subscription');
}

function columnLabel(column: ColumnId): string {
  switch (column) {
    case 'name':
      return msg('Name');
    case 'status':
      return msg('Status');
    case 'products':
      return msg('Products');
    case 'tags':
      return msg('Tags');
    case 'licenses':
      return msg('Licences');
    case 'nextEnd':
      return msg('Renewal or expiry');
    case 'actions':
      return msg('Actions');
  }
}

/** Filters without empty lists, so equal queries have equal keys. */
function compactFilters(filters: CustomerFilters): CustomerFilters {
  const compact: CustomerFilters = {};
  for (const name of FILTER_NAMES) {
    const values = filters[name];
    if (values && values.length > 0) (compact as Record<string, string[]>)[name] = [...values];
  }
  if (filters.kpi) compact.kpi = filters.kpi;
  return compact;
}

function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
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
 * and sorts; the element fetches the rows on screen 100 at a time and shows placeholders for rows
 * on their way. **Presentational** (the host sets `rows`): the element searches, filters, sorts and
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
  readonly #firstPage = new ProviderData<[string], FirstPage>(this, {
    provider: () => this.#connectedProvider,
    args: () => [this.#queryKey],
    load: async (provider, [key], signal) => ({
      key,
      page: await provider.listCustomers({...(JSON.parse(key) as CustomerQuery), offset: 0, limit: PAGE_SIZE}, {signal}),
    }),
    isEmpty: ({key, page}) => {
      const {search, filters} = JSON.parse(key) as CustomerQuery;
      return page.total === 0 && !search?.trim() && !hasFilters(filters ?? {});
    },
    setState: (name, on) => this.setState(name, on),
  });

  // Permissions and the tag list. The list's states follow its rows; should the session fail, the
  // list still shows, with nothing editable, which is the safe reading.
  readonly #session = new ProviderData<[], Session>(this, {
    provider: () => this.#connectedProvider,
    args: () => [],
    load: (provider, _args, signal) => provider.getSession({signal}),
    setState: () => {},
  });

  readonly #pages = new PageWindow(() => this.requestUpdate());
  /** The first-page answer the page window was started from. */
  #pagesFrom: FirstPage | undefined;
  #queryKey = '';
  #view!: ListView;
  #presentational: {rows: CustomerRow[]; key: string; facets: boolean; answer: RowsAnswer} | undefined;
  #draft = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #scrollTop = 0;
  #renderedFrom = -1;
  #focusWanted = false;
  #hadFocus = false;
  #resizeObserver: ResizeObserver | undefined;
  #observedGrid: HTMLElement | null = null;
  #idleWork: number | undefined;

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
    if (this.rows === undefined) return this.#session.value?.tags ?? [];
    return this.tags ?? tagsOfRows(this.rows);
  }

  get #narrowed(): boolean {
    return this.search.trim() !== '' || hasFilters(this.filters);
  }

  get #grid(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.grid');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver(() => this.#measure());
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#observedGrid = null;
    this.#pages.pause();
    this.#pagesFrom = undefined;
    clearTimeout(this.#searchTimer);
    this.#cancelIdleWork();
  }

  /** The CSV of exactly the rows the current search, filters and sort select, in order. */
  async exportCsv(): Promise<string> {
    const rows = await this.#allRows();
    const header = [
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
    ];
    return toCsv(
      header,
      rows.map((row) => [
        row.name,
        row.orgId,
        bySeverity(row.statuses)
          .map((info) => statusLabel(info.status))
          .join('; '),
        row.products.map(productLabel).join('; '),
        row.tags.map((tag) => tag.label).join('; '),
        row.licenses.total,
        row.licenses.assigned,
        row.licenses.used,
        row.nextEnd ? csvDate(row.nextEnd.date) : null,
        row.nextEnd ? (row.nextEnd.autoRenew ? msg('renews') : msg('expires')) : null,
      ]),
    );
  }

  /** Exports the CSV (see `exportCsv`) and downloads it as customers-YYYY-MM-DD.csv. */
  async downloadCsv(): Promise<void> {
    const csv = await this.exportCsv();
    const url = URL.createObjectURL(new Blob([csv], {type: 'text/csv;charset=utf-8'}));
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
    const sort = this.#sort;
    const key = JSON.stringify({search: this.search, filters: compactFilters(this.filters), ...(sort ? {sort} : {})});
    const queryChanged = key !== this.#queryKey;
    this.#queryKey = key;
    this.#view = this.rows === undefined ? this.#connectedView(queryChanged) : this.#presentationalView(queryChanged);
    if (changed.has('rows')) this.#scheduleIdleWork();
    if (this.#view.status === 'ready' && !this.#view.busy && this.activeRow >= this.#view.total) this.activeRow = this.#view.total - 1;
    if (this.activeColumn >= this.#columns.length) this.activeColumn = this.#columns.length - 1;
  }

  #connectedView(queryChanged: boolean): ListView {
    if (queryChanged) this.#pages.pause();
    const answer = this.#firstPage.value;
    const status = this.#firstPage.status;
    if (answer && answer.key === this.#queryKey && answer !== this.#pagesFrom) {
      const sameQuery = this.#pagesFrom?.key === answer.key;
      this.#pagesFrom = answer;
      const provider = this.provider!;
      const query = JSON.parse(answer.key) as CustomerQuery;
      this.#pages.reset((offset, limit, signal) => provider.listCustomers({...query, offset, limit}, {signal}), answer.page.items, sameQuery);
      if (!sameQuery) this.#toTop();
    }
    if (!this.provider) return {status: 'loading', total: 0, row: () => undefined, facets: null, busy: false};
    if (status === 'error') return {status: 'error', total: 0, row: () => undefined, facets: null, busy: false};
    if (!answer || !this.#pagesFrom) return {status: 'loading', total: 0, row: () => undefined, facets: null, busy: false};
    const shown = this.#pagesFrom;
    return {
      status: 'ready',
      total: shown.page.total,
      row: (index) => this.#pages.row(index),
      facets: shown.page.facets,
      busy: status === 'loading' || shown.key !== this.#queryKey,
    };
  }

  #presentationalView(queryChanged: boolean): ListView {
    const rows = this.rows!;
    const cached = this.#presentational;
    const withFacets = this.filtersOpen;
    if (!cached || cached.rows !== rows || cached.key !== this.#queryKey || (withFacets && !cached.facets)) {
      const answer = queryRows(rows, this.search, this.filters, this.#sort, withFacets);
      this.#presentational = {rows, key: this.#queryKey, facets: withFacets, answer};
    }
    if (queryChanged) this.#toTop();
    const {order, total, facets} = this.#presentational!.answer;
    return {status: 'ready', total, row: (index) => rows[order ? order[index]! : index], facets, busy: false};
  }

  #toTop(): void {
    this.#scrollTop = 0;
    const grid = this.#grid;
    if (grid) grid.scrollTop = 0;
    this.activeRow = 0;
  }

  /** Prepares host rows for search and name sort in idle time, so the first search is quick. */
  #scheduleIdleWork(): void {
    this.#cancelIdleWork();
    const rows = this.rows;
    if (!rows) return;
    const step = (deadline: IdleDeadline) => {
      this.#idleWork = prepareRows(rows, () => deadline.timeRemaining() > 1) ? undefined : requestIdleCallback(step);
    };
    this.#idleWork = requestIdleCallback(step);
  }

  #cancelIdleWork(): void {
    if (this.#idleWork !== undefined) cancelIdleCallback(this.#idleWork);
    this.#idleWork = undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement;
    this.#hadFocus = !!focused && !!this.#grid?.contains(focused);
    super.update(changed);
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
    const view = this.#view;
    if (this.rows !== undefined) {
      this.setState('loading', false);
      this.setState('error', false);
      this.setState('empty', this.rows.length === 0);
    } else if (!this.provider) {
      this.setState('loading', true);
    }
    const grid = this.#grid;
    if (grid && grid !== this.#observedGrid) {
      if (this.#observedGrid) this.#resizeObserver?.unobserve(this.#observedGrid);
      this.#resizeObserver?.observe(grid);
      this.#observedGrid = grid;
    }
    if (view.status === 'ready' && this.rows === undefined) {
      const [first, last] = this.#window(view.total);
      this.#pages.want(first, last);
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
    const activeCount = FILTER_NAMES.reduce((sum, name) => sum + (this.filters[name]?.length ?? 0), 0) + (this.filters.kpi ? 1 : 0);
    return html`<div class="toolbar" part="toolbar">
      <label class="visually-hidden" for="search">${msg('Search customers')}</label>
      <input
        id="search"
        class="search-input"
        part="search"
        type="search"
        autocomplete="off"
        placeholder=${msg('Search name, org ID, subscription or tag')}
        .value=${this.#draft}
        @input=${this.#onSearchInput}
        @keydown=${this.#onSearchKeydown}
      />
      <button
        class="button"
        type="button"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${activeCount > 0 ? msg(str`Filters (${this.format.number(activeCount)})`) : msg('Filters')}
      </button>
      ${hasFilters(this.filters)
        ? html`<button class="button" type="button" @click=${() => this.#applyFilters({})}>${msg('Clear filters')}</button>`
        : nothing}
      <span class="count" role="status">${view.status === 'ready' ? this.#countText(view.total) : nothing}</span>
      <button class="button" part="export" type="button" ?disabled=${this.exporting || view.status !== 'ready'} @click=${this.#onExport}>
        ${this.exporting ? msg('Exporting…') : msg('Export CSV')}
      </button>
      ${this.#permissions.startTrial
        ? html`<button
            class="button button--primary"
            part="start-trial"
            type="button"
            @click=${() => this.dispatchEvent(new StartTrialEvent(null))}
          >
            ${msg('Start trial')}
          </button>`
        : nothing}
    </div>
    ${this.exportError ? html`<p class="notice" role="alert">${this.exportError}</p>` : nothing}`;
  }

  /** "1,234 customers", with the plural form the locale needs (translations fill each category). */
  #countText(total: number): string {
    const count = this.format.number(total);
    // The categories the kit's UI languages use (fr: many; sr: few).
    switch (new Intl.PluralRules(this.locale).select(total)) {
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
    this.#draft = (event.target as HTMLInputElement).value;
    this.search = this.#draft;
  }

  async #onExport(): Promise<void> {
    this.exporting = true;
    this.exportError = null;
    try {
      await this.downloadCsv();
    } catch (error) {
      this.exportError = msg(str`The export failed: ${errorText(error)}`);
    } finally {
      this.exporting = false;
    }
  }

  async #allRows(): Promise<readonly CustomerRow[]> {
    if (this.rows !== undefined) {
      const {order} = queryRows(this.rows, this.search, this.filters, this.#sort, false);
      const rows = this.rows;
      return order ? Array.from(order, (position) => rows[position]!) : rows;
    }
    const provider = this.provider;
    if (!provider) return [];
    const key = this.#queryKey;
    const query = JSON.parse(key) as CustomerQuery;
    const answer = this.#firstPage.value;
    const total = answer?.key === key ? answer.page.total : (await provider.listCustomers({...query, offset: 0, limit: 0})).total;
    return total === 0 ? [] : (await provider.listCustomers({...query, offset: 0, limit: total})).items;
  }

  // Filters ---------------------------------------------------------------------------------

  #applyFilters(filters: CustomerFilters): void {
    this.filters = filters;
  }

  #toggleFilter(name: FilterName, value: string, on: boolean): void {
    const current = (this.filters[name] ?? []) as string[];
    const next = on ? [...current, value] : current.filter((item) => item !== value);
    this.#applyFilters({...this.filters, [name]: next});
  }

  #renderFilters(facets: CustomerFacets | null): TemplateResult {
    const counts = (list: FacetCount[] | undefined) => new Map((list ?? []).map(({value, count}) => [value, count]));
    const group = (name: FilterName, legend: string, options: {value: string; label: string}[], facet: FacetCount[] | undefined) => {
      const selected = new Set<string>(this.filters[name] ?? []);
      const count = counts(facet);
      return html`<fieldset class="filter-group">
        <legend>${legend}</legend>
        ${options.map(
          ({value, label}) =>
            html`<label class="check">
              <input
                type="checkbox"
                .checked=${selected.has(value)}
                @change=${(event: Event) => this.#toggleFilter(name, value, (event.target as HTMLInputElement).checked)}
              />${msg(str`${label} (${this.format.number(count.get(value))})`)}
            </label>`,
        )}
      </fieldset>`;
    };
    const products = facets?.product.map(({value}) => value) ?? this.#session.value?.products ?? [];
    return html`<div class="filters" id="filters" part="filters" role="group" aria-label=${msg('Filters')} @keydown=${this.#onFiltersKeydown}>
      ${group('managedBy', msg('Managed by'), MANAGED_BY.map((value) => ({value, label: managedByLabel(value)})), facets?.managedBy)}
      ${group('product', msg('Product'), products.map((value) => ({value, label: productLabel(value)})), facets?.product)}
      ${group('status', msg('Status'), CUSTOMER_STATUSES.map((value) => ({value, label: statusLabel(value)})), facets?.status)}
      ${group('subscriptionType', msg('Subscription type'), RECORD_KINDS.map((value) => ({value, label: kindLabel(value)})), facets?.subscriptionType)}
      ${group('tags', msg('Tags'), this.#tagList.map((tag) => ({value: tag.id, label: tag.label})), facets?.tags)}
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
        <button class="icon-button" type="button" aria-label=${msg(str`Remove filter: ${label}`)} @click=${() => this.#applyFilters({...this.filters, kpi: undefined})}>
          ×
        </button>
      </li>
    </ul>`;
  }

  // Body ------------------------------------------------------------------------------------

  #renderBody(view: ListView): TemplateResult {
    if (view.status === 'loading') return renderLoading();
    if (view.status === 'error') return renderError(this.#firstPage.errorMessage, () => this.#firstPage.retry());
    if (view.total === 0 && !view.busy) {
      return this.#narrowed
        ? html`<div class="state state--empty" part="empty">
            <span>${msg('No customers match your search or filters.')}</span>
            <button class="button" type="button" @click=${this.#clearAll}>${msg('Clear search and filters')}</button>
          </div>`
        : html`<div class="state state--empty" part="empty">${msg('No customers yet.')}</div>`;
    }
    return html`${this.#renderGrid(view)}
      ${this.rows === undefined && this.#pages.error
        ? html`<div class="toolbar notice" role="alert">
            <span>${msg(str`Some customers could not be loaded: ${this.#pages.error}`)}</span>
            <button class="button" type="button" @click=${() => this.#pages.retry()}>${msg('Retry')}</button>
          </div>`
        : nothing}`;
  }

  #clearAll(): void {
    clearTimeout(this.#searchTimer);
    this.search = '';
    this.#applyFilters({});
  }

  /** Scroll maths: the full height, the (possibly capped) scroll height, and the visible body height. */
  #geometry(total: number) {
    const full = total * ROW_HEIGHT_PX;
    const height = Math.min(full, MAX_SCROLL_HEIGHT_PX);
    const body = Math.max(this.viewportHeight - ROW_HEIGHT_PX, ROW_HEIGHT_PX);
    // Past the cap, scrollTop maps linearly onto the full range.
    const scale = height < full ? (full - body) / Math.max(height - body, 1) : 1;
    return {full, height, body, scale, offset: this.#scrollTop * scale};
  }

  /** First and last row index to render (overscan included). */
  #window(total: number): [number, number] {
    const {body, offset} = this.#geometry(total);
    const first = Math.max(0, Math.floor(offset / ROW_HEIGHT_PX) - OVERSCAN_ROWS);
    const last = Math.min(total - 1, Math.floor((offset + body) / ROW_HEIGHT_PX) + OVERSCAN_ROWS);
    return [first, last];
  }

  #renderGrid(view: ListView): TemplateResult {
    const columns = this.#columns;
    const {height, offset} = this.#geometry(view.total);
    const [first, last] = this.#window(view.total);
    this.#renderedFrom = first;
    const indexes: number[] = [];
    // The row with the keyboard focus stays rendered wherever the viewport is, so focus survives
    // scrolling it out of view (and Tab returns to it).
    if (this.activeRow >= 0 && this.activeRow < first) indexes.push(this.activeRow);
    for (let index = first; index <= last; index += 1) indexes.push(index);
    if (this.activeRow > last) indexes.push(this.activeRow);
    const top = (index: number) => index * ROW_HEIGHT_PX - offset + this.#scrollTop;
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
        aria-colcount=${columns.length}
        aria-busy=${view.busy ? 'true' : 'false'}
        style=${styleMap({'--_row-height': `${ROW_HEIGHT_PX}px`})}
        @scroll=${this.#onScroll}
        @keydown=${this.#onGridKeydown}
        @focusin=${this.#onGridFocusIn}
        @click=${this.#onGridClick}
        @mouseover=${this.#onGridMouseOver}
      >
        <div class="head" role="rowgroup">
          <div class="row row--header" part="header" role="row" aria-rowindex="1">
            ${columns.map((column, index) => this.#renderHeaderCell(column, index))}
          </div>
        </div>
        <div class="body" role="rowgroup" style=${styleMap({height: `${height}px`})}>
          ${repeat(
            indexes,
            (index) => index,
            (index) => this.#renderRow(view, index, top(index)),
          )}
        </div>
      </div>`;
  }

  #renderHeaderCell(column: ColumnId, index: number): TemplateResult {
    const sort = this.#sort;
    const sortable = column !== 'actions';
    const direction = sort?.key === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
    return html`<div
      class="cell cell--header ${sortable ? '' : 'cell--static'}"
      part="cell"
      role="columnheader"
      data-row="-1"
      data-column=${index}
      tabindex=${this.#isActive(-1, index) ? 0 : -1}
      aria-sort=${direction ?? nothing}
      @click=${sortable ? () => this.#sortBy(column) : nothing}
    >
      ${sortable ? columnLabel(column) : html`<span class="visually-hidden">${columnLabel(column)}</span>`}
    </div>`;
  }

  #sortBy(key: CustomerSortKey): void {
    const sort = this.#sort;
    this.sort = {key, direction: sort?.key === key && sort.direction === 'asc' ? 'desc' : 'asc'};
  }

  #isActive(row: number, column: number): boolean {
    return this.activeRow === row && this.activeColumn === column;
  }

  #renderRow(view: ListView, index: number, top: number): TemplateResult {
    const row = view.row(index);
    const active = index === this.activeRow;
    return html`<div
      class="row ${active ? 'row--active' : ''}"
      part="row"
      role="row"
      aria-rowindex=${index + 2}
      data-index=${index}
      style=${styleMap({transform: `translateY(${top}px)`})}
    >
      ${this.#columns.map((column, position) => (row ? this.#renderCell(row, index, column, position, top) : this.#renderPlaceholder(index, position)))}
    </div>`;
  }

  #renderPlaceholder(index: number, position: number): TemplateResult {
    return html`<div class="cell" part="cell" role="gridcell" data-row=${index} data-column=${position} tabindex=${this.#isActive(index, position) ? 0 : -1}>
      ${position === 0 ? html`<span class="visually-hidden">${msg('Loading…')}</span>` : nothing}
      <span class="skeleton" aria-hidden="true"></span>
    </div>`;
  }

  #renderCell(row: CustomerRow, index: number, column: ColumnId, position: number, top: number): TemplateResult {
    const tabindex = this.#isActive(index, position) ? 0 : -1;
    // The data-row / data-column pair marks the cell's focus target: the cell, or its one button.
    const cell = (content: unknown, extraClass = '') =>
      html`<div class="cell ${extraClass}" part="cell" role="gridcell" data-row=${index} data-column=${position} tabindex=${tabindex}>
        ${content}
      </div>`;
    switch (column) {
      case 'name':
        return cell(row.name, 'cell--text cell--name');
      case 'status':
        return this.#renderStatusCell(row, index, position, top);
      case 'products':
        return cell(row.products.map(productLabel).join(', '), 'cell--text');
      case 'tags':
        return this.#renderTagsCell(row, index, position);
      case 'licenses':
        // The bar's own tab stop is removed (tabindex on its host): the grid keeps one tab stop,
        // and the cell, which contains the bar's text equivalent, takes the focus.
        return cell(
          html`<license-bar compact tabindex="-1" .total=${row.licenses.total} .assigned=${row.licenses.assigned} .used=${row.licenses.used}></license-bar>`,
          'cell--licenses',
        );
      case 'nextEnd':
        return cell(this.#renderNextEnd(row), 'cell--end');
      case 'actions': {
        const url = httpUrl(row.launchUrl);
        return html`<div class="cell" part="cell" role="gridcell">
          <button
            class="icon-button"
            type="button"
            data-row=${index}
            data-column=${position}
            tabindex=${tabindex}
            aria-label=${msg(str`Launch organisation of ${row.name}`)}
            aria-disabled=${url ? 'false' : 'true'}
            title=${url ? nothing : msg('No launch address for this organisation')}
            @click=${() => this.#launch(row)}
          >
            ${launchIcon}
          </button>
        </div>`;
      }
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
    return html`<div
      class="cell cell--status"
      part="cell"
      role="gridcell"
      data-row=${index}
      data-column=${position}
      tabindex=${this.#isActive(index, position) ? 0 : -1}
      aria-describedby=${explained ? 'why' : nothing}
    >
      ${shown.map(
        (info) =>
          html`<span class="badge badge--${STATUS_TONE[info.status]}" title=${statusDescription(info, this.format)}>${statusLabel(info.status)}</span>`,
      )}
      ${hidden.length > 0
        ? html`<span class="badge badge--neutral" title=${hidden.map((info) => statusLabel(info.status)).join(', ')}
            >${msg(str`+${this.format.number(hidden.length)}`)}</span
          >`
        : nothing}
      ${explained
        ? html`<span class="why ${above ? 'why--above' : ''}" id="why" role="tooltip">
            ${statuses.map((info) => html`<span>${statusLabel(info.status)}: ${statusDescription(info, this.format)}</span>`)}
          </span>`
        : nothing}
    </div>`;
  }

  #renderTagsCell(row: CustomerRow, index: number, position: number): TemplateResult {
    const editable = this.#permissions.editTags === true;
    const tabindex = this.#isActive(index, position) ? 0 : -1;
    const chips = row.tags.map(
      (tag) => html`<span class="chip" style=${styleMap({'--_tag-color': tag.color ?? null})}>${tag.label}</span>`,
    );
    if (!editable) {
      return html`<div class="cell" part="cell" role="gridcell" data-row=${index} data-column=${position} tabindex=${tabindex}>${chips}</div>`;
    }
    const labels = row.tags.map((tag) => tag.label).join(', ');
    return html`<div class="cell" part="cell" role="gridcell">
      <button
        class="icon-button"
        type="button"
        data-row=${index}
        data-column=${position}
        tabindex=${tabindex}
        aria-label=${labels ? msg(str`Edit tags of ${row.name} (${labels})`) : msg(str`Edit tags of ${row.name} (none)`)}
        @click=${() => this.#openEditor(row)}
      >
        ${editIcon}
      </button>
      ${chips}
    </div>`;
  }

  #renderNextEnd(row: CustomerRow): TemplateResult | string {
    const end = row.nextEnd;
    if (!end) return MISSING;
    const date = this.format.date(end.date);
    return html`<span>${end.autoRenew ? msg(str`Renews ${date}`) : msg(str`Expires ${date}`)}</span
      ><span class="muted">${this.format.relativeDays(end.daysUntil)}</span>`;
  }

  // Scrolling and focus ---------------------------------------------------------------------

  #measure(): void {
    this.narrow = this.getBoundingClientRect().width < NARROW_WIDTH_PX;
    const grid = this.#grid;
    if (grid && grid.clientHeight > 0) this.viewportHeight = grid.clientHeight;
  }

  #onScroll(event: Event): void {
    const grid = event.currentTarget as HTMLElement;
    this.#scrollTop = grid.scrollTop;
    const {scale} = this.#geometry(this.#view.total);
    // Rows are re-rendered when the window moves; past the height cap, on every scroll.
    if (scale !== 1 || this.#window(this.#view.total)[0] !== this.#renderedFrom) this.requestUpdate();
  }

  /** Scrolls the grid so that `row` is in view below the sticky header. */
  #reveal(row: number): void {
    const grid = this.#grid;
    if (!grid || row < 0) return;
    const {body, scale, offset} = this.#geometry(this.#view.total);
    const rowTop = row * ROW_HEIGHT_PX;
    let target = offset;
    if (rowTop < offset) target = rowTop;
    else if (rowTop + ROW_HEIGHT_PX > offset + body) target = rowTop + ROW_HEIGHT_PX - body;
    if (target === offset) return;
    grid.scrollTop = target / scale;
    this.#scrollTop = grid.scrollTop;
  }

  #moveTo(row: number, column: number): void {
    const total = this.#view.total;
    this.activeRow = Math.max(-1, Math.min(row, total - 1));
    this.activeColumn = Math.max(0, Math.min(column, this.#columns.length - 1));
    this.#reveal(this.activeRow);
    this.#focusWanted = true;
    this.requestUpdate();
  }

  #activeTarget(): HTMLElement | null {
    return this.#grid?.querySelector<HTMLElement>(`[data-row="${this.activeRow}"][data-column="${this.activeColumn}"]`) ?? null;
  }

  #focusActive(): void {
    const target = this.#activeTarget();
    const grid = this.#grid;
    if (!target || !grid) return;
    const focused = this.shadowRoot?.activeElement;
    if (!focused || !target.contains(focused)) target.focus({preventScroll: true});
    // Horizontal scroll is ours too: focus() would also scroll vertically, under the sticky header.
    const cell = target.getBoundingClientRect();
    const view = grid.getBoundingClientRect();
    if (cell.left < view.left) grid.scrollLeft -= view.left - cell.left;
    else if (cell.right > view.right) grid.scrollLeft += Math.min(cell.right - view.right, cell.left - view.left);
  }

  /** The row index and column of the cell an event happened in, or null. */
  #cellOf(event: Event): {row: number; column: number; target: HTMLElement} | null {
    for (const node of event.composedPath()) {
      if (node === event.currentTarget) break;
      if (node instanceof HTMLElement && node.dataset['column'] !== undefined) {
        return {row: Number(node.dataset['row']), column: Number(node.dataset['column']), target: node};
      }
    }
    return null;
  }

  #onGridFocusIn(event: FocusEvent): void {
    const cell = this.#cellOf(event);
    if (!cell) return;
    if (cell.row !== this.activeRow) this.activeRow = cell.row;
    if (cell.column !== this.activeColumn) this.activeColumn = cell.column;
  }

  #onGridClick(event: MouseEvent): void {
    const path = event.composedPath();
    for (const node of path) {
      if (node === event.currentTarget) return;
      if (node instanceof HTMLButtonElement || node instanceof HTMLAnchorElement || node instanceof HTMLInputElement) return;
      if (node instanceof HTMLElement && node.dataset['index'] !== undefined) {
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
    if (cell.scrollWidth > cell.clientWidth) cell.title = cell.textContent?.trim() ?? '';
    else cell.removeAttribute('title');
  }

  #onGridKeydown(event: KeyboardEvent): void {
    const cell = this.#cellOf(event);
    if (!cell || event.altKey || event.metaKey) return;
    const {row, column, target} = cell;
    const lastColumn = this.#columns.length - 1;
    const lastRow = this.#view.total - 1;
    const pageRows = Math.max(1, Math.floor(this.#geometry(this.#view.total).body / ROW_HEIGHT_PX) - 1);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const isButton = target instanceof HTMLButtonElement;
    const data = row >= 0 ? this.#view.row(row) : undefined;
    switch (event.key) {
      case 'ArrowDown':
        this.#moveTo(row + 1, column);
        break;
      case 'ArrowUp':
        this.#moveTo(Math.max(row - 1, -1), column);
        break;
      case 'ArrowRight':
        this.#moveTo(row, column + (rtl ? -1 : 1));
        break;
      case 'ArrowLeft':
        this.#moveTo(row, column + (rtl ? 1 : -1));
        break;
      case 'Home':
        if (event.ctrlKey) this.#moveTo(Math.min(0, lastRow), column);
        else this.#moveTo(row, 0);
        break;
      case 'End':
        if (event.ctrlKey) this.#moveTo(lastRow, column);
        else this.#moveTo(row, lastColumn);
        break;
      case 'PageDown':
        this.#moveTo(Math.min(row + pageRows, lastRow), column);
        break;
      case 'PageUp':
        this.#moveTo(Math.max(row - pageRows, row < 0 ? -1 : 0), column);
        break;
      case 'Enter':
        if (row < 0) {
          const key = this.#columns[column];
          if (key && key !== 'actions') this.#sortBy(key);
        } else if (event.shiftKey) {
          if (data) this.#launch(data);
        } else if (isButton) {
          return;
        } else if (data) {
          this.dispatchEvent(new CustomerSelectEvent(data.id));
        }
        break;
      case ' ':
        if (isButton) return;
        if (row < 0) {
          const key = this.#columns[column];
          if (key && key !== 'actions') this.#sortBy(key);
        }
        break;
      case 'l':
      case 'L':
        if (event.ctrlKey || row < 0) return;
        if (data) this.#launch(data);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  #launch(row: CustomerRow): void {
    const url = httpUrl(row.launchUrl);
    if (!url) return;
    if (this.dispatchEvent(new LaunchOrgEvent(row.id, url))) window.open(url, '_blank', 'noopener,noreferrer');
  }

  // Tag editor ------------------------------------------------------------------------------

  #openEditor(row: CustomerRow): void {
    this.editor = {row, selected: row.tags.map((tag) => tag.id), saving: false, error: null};
  }

  #renderEditor(editor: TagEditor): TemplateResult {
    const selected = new Set(editor.selected);
    const full = selected.size >= MAX_TAGS_PER_CUSTOMER;
    const max = this.format.number(MAX_TAGS_PER_CUSTOMER);
    return html`<dialog class="dialog" part="tag-editor" aria-labelledby="editor-title" @close=${this.#onEditorClosed}>
      <h2 id="editor-title">${msg(str`Tags of ${editor.row.name}`)}</h2>
      <fieldset class="filter-group" aria-describedby="editor-limit">
        <legend>${msg(str`Choose up to ${max} tags`)}</legend>
        ${this.#tagList.map(
          (tag) =>
            html`<label class="check">
              <input
                type="checkbox"
                .checked=${selected.has(tag.id)}
                ?disabled=${editor.saving || (full && !selected.has(tag.id))}
                @change=${(event: Event) => this.#toggleTag(tag.id, (event.target as HTMLInputElement).checked)}
              /><span class="swatch" style=${styleMap({'--_tag-color': tag.color ?? null})}></span>${tag.label}
            </label>`,
        )}
      </fieldset>
      <p class="muted" id="editor-limit" role="status">
        ${full
          ? msg(str`A customer can have at most ${max} tags. Clear one to choose another.`)
          : msg(str`${this.format.number(selected.size)} of ${max} selected.`)}
      </p>
      ${editor.error ? html`<p class="notice" role="alert">${editor.error}</p>` : nothing}
      <div class="actions">
        <button class="button" type="button" @click=${this.#closeEditor}>${msg('Cancel')}</button>
        <button class="button button--primary" type="button" ?disabled=${editor.saving} @click=${this.#saveTags}>
          ${editor.saving ? msg('Saving…') : msg('Save')}
        </button>
      </div>
    </dialog>`;
  }

  #toggleTag(tagId: string, on: boolean): void {
    const editor = this.editor;
    if (!editor) return;
    const selected = on ? [...editor.selected, tagId] : editor.selected.filter((id) => id !== tagId);
    this.editor = {...editor, selected, error: null};
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
      const tags = await provider.setCustomerTags(row.id, selected);
      // Shown at once; the provider's change notification then reloads the pages on screen.
      this.#pages.replace({...row, tags});
      this.#closeEditor();
      this.dispatchEvent(new TagsChangeEvent(row.id, tags.map((tag) => tag.id)));
    } catch (error) {
      if (this.editor?.row.id === row.id) this.editor = {...this.editor, saving: false, error: errorText(error)};
    }
  }
}
