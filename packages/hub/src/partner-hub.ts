/**
 * `<partner-hub>`: the whole view in one element. It provides the data provider, the locale and the
 * product to every element inside it (through `@lit/context`), lays them out — overview KPIs,
 * product toggle, subscription analytics, calling analytics, customers with their detail, resources
 * and help — and wires them together: a KPI tile filters the customer list, a customer row opens
 * its detail beside the list, the product toggle switches every subscription section.
 */
import {ContextProvider} from '@lit/context';
import {msg, str} from '@lit/localize';
import {
  DatasetError,
  type AnalyticsProduct,
  type CustomerFilters,
  type DatasetProblem,
  type OverviewKpiId,
  type PartnerHubDataProvider,
} from '@partner-hub/core';
import {
  HubElement,
  localeContext,
  pluralCategory,
  productContext,
  providerContext,
  SUBSCRIPTION_SECTIONS,
  stateStyles,
  type CustomerSelectEvent,
  type KpiActivateEvent,
  type ProductChangeEvent,
} from '@partner-hub/widgets';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {partnerHubStyles} from './partner-hub.styles.ts';

/** The areas of the hub, in page order; `area` is the id in the in-page navigation. */
export const HUB_AREAS = ['overview', 'subscriptions', 'calling', 'customers', 'resources'] as const;
export type HubArea = (typeof HUB_AREAS)[number];

/** Longest the areas below the overview wait for it to show its figures (ms). */
const REST_MOUNT_WAIT_MS = 1_000;

/** How many dataset problems the error state lists (the rest are counted). */
const PROBLEMS_SHOWN = 10;

function areaLabel(area: HubArea): string {
  switch (area) {
    case 'overview':
      return msg('Overview');
    case 'subscriptions':
      return msg('Subscription analytics');
    case 'calling':
      return msg('Calling analytics');
    case 'customers':
      return msg('Customers');
    case 'resources':
      return msg('Resources and help');
  }
}

/**
 * The partner hub: every view of the kit on one data source.
 *
 * Give it a `provider` (any `PartnerHubDataProvider`, e.g. one over your REST backend) or a
 * `partnerDataset` (a `PartnerDataset` JSON document: validated, then served by an `InMemoryProvider`;
 * problems show as an error naming their JSON paths). Each area shows its own loading state.
 *
 * @summary The full partner hub view: KPIs, analytics, customers, resources.
 *
 * @csspart nav - The in-page navigation between the areas.
 * @csspart area - Each area (overview, subscriptions, calling, customers, resources).
 * @csspart panel - The customer detail side panel.
 * @csspart error - The error state of an invalid dataset.
 *
 * @cssproperty [--partner-hub-gap=var(--ph-space-xl)] - Space between the areas.
 *
 * @event {ProductChangeEvent} product-change - Bubbles up from the product toggle (the hub follows it).
 * @event {KpiActivateEvent} kpi-activate - Bubbles up from an overview tile (the hub filters its customer list).
 * @event {CustomerSelectEvent} customer-select - Bubbles up from the customer list (the hub opens the detail).
 */
export class PartnerHub extends HubElement {
  static override styles = [...HubElement.styles, stateStyles, partnerHubStyles];

  /** The data source. Wins over `dataset`. */
  @property({attribute: false}) provider: PartnerHubDataProvider | undefined;

  /**
   * A `PartnerDataset` (parsed JSON) to show through the kit's `InMemoryProvider`; validated first.
   * (Named so because `dataset` is the element's `data-*` attribute map.)
   */
  @property({attribute: false}) partnerDataset: unknown;

  /** The product the subscription analytics show; the toggle changes it. */
  @property({reflect: true}) product: AnalyticsProduct = 'meetings';

  readonly #provided = new ContextProvider(this, {context: providerContext});
  readonly #product = new ContextProvider(this, {context: productContext, initialValue: 'meetings'});
  readonly #locale = new ContextProvider(this, {context: localeContext});

  /** True while `partnerDataset` is being validated and indexed. */
  @state() protected loadingDataset = false;
  /** Why `partnerDataset` could not be used. */
  @state() protected datasetProblems: DatasetError | Error | undefined;
  /** The overview KPI whose customers the list shows, if any. */
  @state() protected activeKpi: OverviewKpiId | undefined;
  /** The filters handed to the list: a new object only when a KPI tile changes them. */
  @state() protected listFilters: CustomerFilters = {};
  /** The customer whose detail is open. */
  @state() protected openCustomer: string | undefined;

  #datasetProvider: PartnerHubDataProvider | undefined;
  /** Aborts loading the previous `partnerDataset`. */
  #datasetLoad: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('partnerDataset')) this.#loadDataset();
    if (changed.has('provider') || changed.has('partnerDataset')) this.#useProvider(this.provider ?? this.#datasetProvider);
    this.#product.setValue(this.product);
    this.#locale.setValue(this.locale);
  }

  #useProvider(next: PartnerHubDataProvider | undefined): void {
    if (next === this.#provided.value) return;
    this.#provided.setValue(next);
    // Another data source: the old KPI filter and open customer mean nothing there.
    this.activeKpi = undefined;
    this.listFilters = {};
    this.openCustomer = undefined;
  }

  /**
   * Validates `partnerDataset` and puts an in-memory provider on it. The engine (validator,
   * analytics, query index) is a module of its own, loaded only here: a hub on the host's own
   * provider never downloads it.
   */
  #loadDataset(): void {
    this.#datasetLoad?.abort();
    this.#datasetProvider = undefined;
    this.datasetProblems = undefined;
    this.loadingDataset = false;
    const dataset = this.partnerDataset;
    if (dataset === undefined || dataset === null) return;
    const load = (this.#datasetLoad = new AbortController());
    this.loadingDataset = true;
    import('./dataset-provider.ts')
      .then(({datasetProvider}) => datasetProvider(dataset))
      .then(
        (provider) => {
          if (load.signal.aborted) return;
          this.#datasetProvider = provider;
          if (!this.provider) this.#useProvider(provider);
        },
        (error: unknown) => {
          if (load.signal.aborted) return;
          this.datasetProblems = error instanceof Error ? error : new Error(String(error));
        },
      )
      .finally(() => {
        if (!load.signal.aborted) this.loadingDataset = false;
      });
  }

  protected override render(): TemplateResult {
    if (this.datasetProblems && !this.provider) return this.#renderDatasetError(this.datasetProblems);
    if (!this.#provided.value && this.loadingDataset) {
      return html`<div class="state" role="status">${msg('Loading…')}</div>`;
    }
    if (!this.#provided.value) {
      return html`<p class="state" part="error" role="status">${msg('No data: set the provider or partnerDataset property of <partner-hub>.')}</p>`;
    }
    return html`
      <nav part="nav" aria-label=${msg('Partner hub')}>
        <ul>
          ${HUB_AREAS.map((area) => html`<li><a href="#${area}" @click=${(event: Event) => this.#go(event, area)}>${areaLabel(area)}</a></li>`)}
        </ul>
      </nav>
      ${this.#area('overview', html`<hub-overview .activeKpi=${this.activeKpi} @kpi-activate=${this.#onKpiActivate}></hub-overview>`)}
      <product-toggle class="toggle" @product-change=${this.#onProductChange}></product-toggle>
      ${this.#area(
        'subscriptions',
        html`<license-trend-chart></license-trend-chart>
          ${SUBSCRIPTION_SECTIONS.map((section) => html`<subscription-section section=${section}></subscription-section>`)}`,
      )}
      ${this.#area(
        'calling',
        html`<data-freshness></data-freshness>
          <div class="charts">
            <calling-usage-chart></calling-usage-chart>
            <call-quality-chart></call-quality-chart>
            <endpoint-quality-chart></endpoint-quality-chart>
            <feature-usage-chart></feature-usage-chart>
          </div>
          <calling-usage-table></calling-usage-table>
          <call-quality-table></call-quality-table>
          <call-queue-insights></call-queue-insights>`,
      )}
      ${this.#area('customers', this.#renderCustomers())}
      ${this.#area('resources', html`<resource-center></resource-center>`)}
    `;
  }

  #area(area: HubArea, content: TemplateResult): TemplateResult {
    const waiting = area !== 'overview' && this.#mountRest !== 'done';
    return html`<section class="area area--${area}" part="area" id=${area} aria-labelledby="${area}-title" aria-busy=${waiting ? 'true' : 'false'}>
      <h2 id="${area}-title" tabindex="-1">${areaLabel(area)}</h2>
      ${waiting ? html`<div class="state" role="status">${msg('Loading…')}</div>` : content}
    </section>`;
  }

  /**
   * The areas below the overview mount once the overview has painted its figures (or after
   * `REST_MOUNT_WAIT_MS`, should its answer be slow): the overview gets the main thread first,
   * then the rest, which with a large dataset is most of the work.
   */
  #mountRest: 'waiting' | 'scheduled' | 'done' = 'waiting';

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#mountRest !== 'waiting' || !this.#provided.value) return;
    this.#mountRest = 'scheduled';
    const overview = this.renderRoot.querySelector('hub-overview');
    const started = performance.now();
    const mount = () => {
      this.#mountRest = 'done';
      this.requestUpdate();
    };
    const check = () => {
      const shown = overview?.isConnected && !overview.matches(':state(loading)');
      // The frame after the overview's update is the one that paints it; the rest comes after.
      if (shown || performance.now() - started > REST_MOUNT_WAIT_MS) requestAnimationFrame(() => setTimeout(mount));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }

  #renderCustomers(): TemplateResult {
    const open = this.openCustomer;
    return html`<div class="customers ${open ? 'customers--open' : ''}">
      <customer-list .filters=${this.listFilters} @customer-select=${this.#onCustomerSelect} @filters-change=${this.#onFiltersChange}></customer-list>
      ${open
        ? html`<aside class="panel" part="panel" aria-labelledby="panel-title" @keydown=${this.#onPanelKeydown}>
            <div class="panel__bar">
              <h3 id="panel-title">${msg('Customer details')}</h3>
              <button class="button" type="button" @click=${this.#closeCustomer}>${msg('Close')}</button>
            </div>
            <customer-detail customer-id=${open}></customer-detail>
          </aside>`
        : nothing}
    </div>`;
  }

  #moreProblems(hidden: number): string {
    const count = this.format.number(hidden);
    switch (pluralCategory(this.locale, hidden)) {
      case 'one':
        return msg(str`And ${count} more problem.`, {id: 'more-problems-one'});
      case 'few':
        return msg(str`And ${count} more problems.`, {id: 'more-problems-few'});
      case 'many':
        return msg(str`And ${count} more problems.`, {id: 'more-problems-many'});
      default:
        return msg(str`And ${count} more problems.`, {id: 'more-problems-other'});
    }
  }

  #renderDatasetError(error: Error): TemplateResult {
    const problems: DatasetProblem[] = error instanceof DatasetError ? error.problems : [];
    const hidden = problems.length - PROBLEMS_SHOWN;
    return html`<div class="state state--error" part="error" role="alert">
      <p><strong>${msg('The dataset cannot be shown.')}</strong> ${problems.length === 0 ? error.message : nothing}</p>
      ${problems.length > 0
        ? html`<ul class="problems">
            ${problems.slice(0, PROBLEMS_SHOWN).map((problem) => html`<li><code>${problem.path}</code>: ${problem.rule}</li>`)}
          </ul>`
        : nothing}
      ${hidden > 0 || (error instanceof DatasetError && error.truncated)
        ? html`<p>${this.#moreProblems(Math.max(hidden, 0))}</p>`
        : nothing}
    </div>`;
  }

  /** Scrolls to an area and moves the focus to its heading (links into a shadow root do not). */
  #go(event: Event, area: HubArea): void {
    event.preventDefault();
    this.showArea(area);
  }

  /** Scrolls `area` into view and focuses its heading. */
  showArea(area: HubArea): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${area}-title`);
    heading?.scrollIntoView({block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'});
    heading?.focus({preventScroll: true});
  }

  #onKpiActivate(event: KpiActivateEvent): void {
    const kpi = event.detail.kpi as OverviewKpiId;
    this.activeKpi = this.activeKpi === kpi ? undefined : kpi;
    this.listFilters = this.activeKpi ? {kpi: this.activeKpi} : {};
    if (this.activeKpi) this.showArea('customers');
  }

  #onFiltersChange(event: CustomEvent<{filters: CustomerFilters}>): void {
    this.listFilters = event.detail.filters;
    this.activeKpi = event.detail.filters.kpi;
  }

  #onProductChange(event: ProductChangeEvent): void {
    this.product = event.detail.product;
  }

  async #onCustomerSelect(event: CustomerSelectEvent): Promise<void> {
    this.openCustomer = event.detail.customerId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.panel .button')?.focus();
  }

  #onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') void this.#closeCustomer();
  }

  async #closeCustomer(): Promise<void> {
    this.openCustomer = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('customer-list')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partner-hub': PartnerHub;
  }
}
