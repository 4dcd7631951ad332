/**
 * The demo behind `npm start`: generates a dataset (size and seed from `?customers=N&seed=S`),
 * puts an InMemoryProvider on it and shows the provider's answers with plain Lit templates until
 * the kit's elements exist. Every figure on the page is computed from the generated data.
 */
import {html, nothing, render, type TemplateResult} from 'lit';
import {
  generateDataset,
  InMemoryProvider,
  OVERVIEW_KPI_IDS,
  type AnalyticsProduct,
  type CallingAnalytics,
  type CustomerPage,
  type CustomerStatus,
  type OverviewKpiId,
  type OverviewKpis,
  type PartnerRole,
  type Session,
  type SortDirection,
  type SubscriptionAnalytics,
} from '@partner-hub/core';

interface IntegerParam {
  name: string;
  fallback: number;
  min: number;
  max: number;
}

const customersParam: IntegerParam = {name: 'customers', fallback: 2_000, min: 1, max: 1_000_000};
const seedParam: IntegerParam = {name: 'seed', fallback: 1, min: 0, max: 2 ** 32 - 1};
const pageSize = 50;

/** An integer query parameter clamped to its range; a missing or non-integer value gives the fallback. */
function integerParam(params: URLSearchParams, spec: IntegerParam): number {
  const raw = params.get(spec.name)?.trim() ?? '';
  const value = raw === '' ? Number.NaN : Number(raw);
  if (!Number.isInteger(value)) return spec.fallback;
  return Math.min(spec.max, Math.max(spec.min, value));
}

// ---------------------------------------------------------------------------------------------
// Formatting

const locale = document.documentElement.lang || 'en';
const counts = new Intl.NumberFormat(locale);
const averages = new Intl.NumberFormat(locale, {maximumFractionDigits: 1});
const rates = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 1});
const seconds = new Intl.NumberFormat(locale, {style: 'unit', unit: 'second', maximumFractionDigits: 1});
const milliseconds = new Intl.NumberFormat(locale, {style: 'unit', unit: 'millisecond', maximumFractionDigits: 0});
const dateTimes = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short'});
const dates = new Intl.DateTimeFormat(locale, {dateStyle: 'medium'});

const missing = '—';
const count = (value: number) => counts.format(value);
const average = (value: number | null) => (value === null ? missing : averages.format(value));
const rate = (value: number | null) => (value === null ? missing : rates.format(value));
const duration = (value: number | null) => (value === null ? missing : seconds.format(value));
const customersCount = (value: number) => `${count(value)} ${value === 1 ? 'customer' : 'customers'}`;

// ---------------------------------------------------------------------------------------------
// Labels

const roleLabels: Record<PartnerRole, string> = {
  fullAdmin: 'Full administrator',
  admin: 'Administrator',
  readOnly: 'Read-only administrator',
};

const overviewLabels: Record<OverviewKpiId, string> = {
  totalCustomers: 'Total customers',
  nearingExpiration: 'Nearing expiration',
  nearingRenewal: 'Nearing renewal',
  lowAssignment: 'Low license assignment',
  overLimit: 'Over license limit',
};

const statusLabels: Record<CustomerStatus, string> = {
  suspended: 'Suspended',
  licenseOverage: 'License overage',
  expiringSoon: 'Expiring soon',
  expired: 'Expired',
  readyForSetup: 'Ready for setup',
  noRecentActivity: 'No recent activity',
  trial: 'Trial',
  subscription: 'Subscription',
};

const analyticsProducts: {product: AnalyticsProduct; label: string}[] = [
  {product: 'meetings', label: 'Meetings'},
  {product: 'calling', label: 'Calling'},
];

interface KpiRow<T> {
  label: string;
  value: (answer: T) => string;
}

function subscriptionKpis(windowDays: number): {section: string; rows: KpiRow<SubscriptionAnalytics>[]}[] {
  return [
    {
      section: 'Recently added',
      rows: [
        {label: 'New customers', value: (a) => count(a.recentlyAdded.newCustomers)},
        {label: 'Total licenses', value: (a) => count(a.recentlyAdded.totalLicenses)},
      ],
    },
    {
      section: `Expiring in the next ${counts.format(windowDays)} days`,
      rows: [
        {label: 'Customers', value: (a) => count(a.expiring.expiringCustomers)},
        {label: 'Assignment rate', value: (a) => rate(a.expiring.assignmentRate)},
        {label: 'Usage rate', value: (a) => rate(a.expiring.usageRate)},
      ],
    },
    {
      section: `Renewing in the next ${counts.format(windowDays)} days`,
      rows: [
        {label: 'Customers', value: (a) => count(a.renewing.renewingCustomers)},
        {label: 'Assignment rate', value: (a) => rate(a.renewing.assignmentRate)},
        {label: 'Usage rate', value: (a) => rate(a.renewing.usageRate)},
      ],
    },
    {
      section: 'Low license assignment',
      rows: [
        {label: 'Customers', value: (a) => count(a.lowAssignment.lowAssignmentCustomers)},
        {label: 'Assignment rate', value: (a) => rate(a.lowAssignment.assignmentRate)},
        {label: 'Usage when assigned', value: (a) => rate(a.lowAssignment.usageWhenAssignedRate)},
        {label: 'Unassigned licenses', value: (a) => count(a.lowAssignment.unassignedLicenses)},
      ],
    },
    {
      section: 'Over license limit',
      rows: [
        {label: 'Customers', value: (a) => count(a.overLimit.overageCustomers)},
        {label: 'Overage licenses', value: (a) => count(a.overLimit.overageLicenses)},
        {label: 'Average overage', value: (a) => average(a.overLimit.averageOverage)},
      ],
    },
  ];
}

const callingKpis: KpiRow<CallingAnalytics>[] = [
  {label: 'Calling customers', value: (a) => count(a.callingCustomers)},
  {label: 'Customers with call queues', value: (a) => count(a.queue.queueCustomers)},
  {label: 'Average time to answer', value: (a) => duration(a.queue.avgTimeToAnswer)},
  {label: 'Average wait before abandon', value: (a) => duration(a.queue.avgWaitBeforeAbandon)},
  {label: 'Abandon rate', value: (a) => rate(a.queue.abandonRate)},
];

// ---------------------------------------------------------------------------------------------
// Page

interface Answers {
  session: Session;
  overview: OverviewKpis;
  subscriptions: Map<AnalyticsProduct, SubscriptionAnalytics>;
  calling: CallingAnalytics;
}

interface ListState {
  search: string;
  direction: SortDirection;
  page: CustomerPage | null;
  error: string | null;
}

interface Timings {
  customers: number;
  generationMs: number;
  indexMs: number;
}

function numberInput(param: IntegerParam, value: number): TemplateResult {
  return html`<input name=${param.name} type="number" required step="1" min=${param.min} max=${param.max} .value=${String(value)} />`;
}

function datasetForm(customers: number, seed: number): TemplateResult {
  return html`
    <form method="get" class="dataset-form" aria-label="Generated dataset">
      <label>Customers ${numberInput(customersParam, customers)}</label>
      <label>Seed ${numberInput(seedParam, seed)}</label>
      <button type="submit">Generate</button>
    </form>
  `;
}

function kpiList<T>(rows: KpiRow<T>[], answer: T): TemplateResult {
  return html`<dl class="kpis">
    ${rows.map((row) => html`<div><dt>${row.label}</dt><dd>${row.value(answer)}</dd></div>`)}
  </dl>`;
}

function sessionSection({session, overview}: Answers): TemplateResult {
  return html`
    <section aria-labelledby="session-title">
      <h2 id="session-title">${session.partner.name}</h2>
      <p>
        Signed in as ${session.viewer.name} (${roleLabels[session.role]}) · data as of
        <time datetime=${session.asOf}>${dateTimes.format(new Date(session.asOf))}</time>
      </p>
      <h3>Overview</h3>
      ${kpiList(
        OVERVIEW_KPI_IDS.map((id) => ({label: overviewLabels[id], value: (kpis: OverviewKpis) => count(kpis[id])})),
        overview,
      )}
    </section>
  `;
}

function subscriptionSection({overview, subscriptions}: Answers): TemplateResult {
  const groups = subscriptionKpis(overview.rules.windowDays);
  return html`
    <section aria-labelledby="subscriptions-title">
      <h2 id="subscriptions-title">Subscription analytics</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            ${analyticsProducts.map(({label}) => html`<th scope="col" class="number">${label}</th>`)}
          </tr>
        </thead>
        ${groups.map(
          ({section, rows}) => html`<tbody>
            <tr class="group"><th scope="rowgroup" colspan=${analyticsProducts.length + 1}>${section}</th></tr>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row">${row.label}</th>
                ${analyticsProducts.map(({product}) => {
                  const answer = subscriptions.get(product);
                  return html`<td class="number">${answer ? row.value(answer) : missing}</td>`;
                })}
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </section>
  `;
}

function callingSection({calling}: Answers): TemplateResult {
  return html`
    <section aria-labelledby="calling-title">
      <h2 id="calling-title">Calling analytics</h2>
      <p>Last week, data as of <time datetime=${calling.dataAsOf}>${dates.format(new Date(calling.dataAsOf))}</time></p>
      ${kpiList(callingKpis, calling)}
    </section>
  `;
}

function customerSection(list: ListState): TemplateResult {
  const {page} = list;
  const ariaSort = list.direction === 'asc' ? 'ascending' : 'descending';
  return html`
    <section aria-labelledby="customers-title">
      <h2 id="customers-title">Customers</h2>
      <label class="search">Search <input type="search" .value=${list.search} @input=${onSearchInput} /></label>
      ${list.error ? html`<p role="alert">${list.error}</p>` : nothing}
      ${page
        ? html`
            <table>
              <caption>
                ${page.items.length < page.total
                  ? `First ${count(page.items.length)} of ${customersCount(page.total)}`
                  : customersCount(page.total)}
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort=${ariaSort}>
                    <button type="button" @click=${toggleSort}>Name <span aria-hidden="true">${list.direction === 'asc' ? '▲' : '▼'}</span></button>
                  </th>
                  <th scope="col">Org ID</th>
                  <th scope="col">Status</th>
                  <th scope="col">Products</th>
                  <th scope="col" class="number">Licenses assigned / total</th>
                  <th scope="col">Tags</th>
                </tr>
              </thead>
              <tbody>
                ${page.items.map(
                  (row) => html`<tr>
                    <th scope="row">${row.name}</th>
                    <td class="id">${row.orgId}</td>
                    <td>${row.statuses.map(({status}) => statusLabels[status]).join(', ')}</td>
                    <td>${row.products.join(', ')}</td>
                    <td class="number">${count(row.licenses.assigned)} / ${count(row.licenses.total)}</td>
                    <td>${row.tags.map((tag) => tag.label).join(', ')}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          `
        : nothing}
    </section>
  `;
}

// ---------------------------------------------------------------------------------------------
// State

const app = document.querySelector<HTMLElement>('#app')!;
const params = new URLSearchParams(location.search);
const customers = integerParam(params, customersParam);
const seed = integerParam(params, seedParam);

let provider: InMemoryProvider | null = null;
let answers: Answers | null = null;
let timings: Timings | null = null;
let failure: string | null = null;
let list: ListState = {search: '', direction: 'asc', page: null, error: null};
let listRequest: AbortController | null = null;

function renderPage(): void {
  render(
    html`
      <header>
        <h1>Partner hub widget kit</h1>
        ${datasetForm(customers, seed)}
        ${timings
          ? html`<p class="timing">
              Generated ${customersCount(timings.customers)} in ${milliseconds.format(timings.generationMs)}, validated and indexed in
              ${milliseconds.format(timings.indexMs)} (seed ${seed}).
            </p>`
          : nothing}
      </header>
      <main>
        ${failure ? html`<p role="alert">${failure}</p>` : nothing}
        ${answers
          ? html`${sessionSection(answers)} ${subscriptionSection(answers)} ${callingSection(answers)} ${customerSection(list)}`
          : failure
            ? nothing
            : html`<p>Generating ${customersCount(customers)}…</p>`}
      </main>
      <footer>
        <p>The partner hub's elements (KPI tiles, charts, customer list and detail) arrive in upcoming releases.</p>
      </footer>
    `,
    app,
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadCustomers(): Promise<void> {
  if (!provider) return;
  listRequest?.abort();
  const request = new AbortController();
  listRequest = request;
  try {
    const page = await provider.listCustomers(
      {search: list.search, sort: {key: 'name', direction: list.direction}, limit: pageSize},
      {signal: request.signal},
    );
    list = {...list, page, error: null};
  } catch (error) {
    if (request.signal.aborted) return;
    list = {...list, error: messageOf(error)};
  }
  renderPage();
}

function onSearchInput(event: Event): void {
  list = {...list, search: (event.target as HTMLInputElement).value};
  void loadCustomers();
}

function toggleSort(): void {
  list = {...list, direction: list.direction === 'asc' ? 'desc' : 'asc'};
  void loadCustomers();
}

async function start(): Promise<void> {
  renderPage();
  // Let the "Generating…" state paint before the synchronous generation blocks the main thread.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  try {
    const generationStart = performance.now();
    const dataset = generateDataset({customers, seed});
    const indexStart = performance.now();
    const hub = new InMemoryProvider(dataset);
    timings = {customers: dataset.customers.length, generationMs: indexStart - generationStart, indexMs: performance.now() - indexStart};
    provider = hub;
    const [session, overview, calling, ...perProduct] = await Promise.all([
      hub.getSession(),
      hub.getOverviewKpis(),
      hub.getCallingAnalytics(),
      ...analyticsProducts.map(({product}) => hub.getSubscriptionAnalytics(product)),
    ]);
    const subscriptions = new Map(analyticsProducts.map(({product}, i) => [product, perProduct[i]!]));
    answers = {session, overview, calling, subscriptions};
  } catch (error) {
    failure = `The demo data could not be loaded: ${messageOf(error)}`;
  }
  renderPage();
  await loadCustomers();
}

void start();
