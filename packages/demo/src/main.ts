/**
 * The demo behind `npm start`: generates a dataset (`?customers=N&seed=S&role=R&lang=L` in the
 * URL), puts an InMemoryProvider on it and shows the kit's elements over it: the overview KPI
 * tiles (activating one filters the customer list), the customer list, the customer detail as a
 * side panel, and the subscription and calling analytics as the provider answers them (their own
 * elements and charts come with <partner-hub>). Every figure is computed from the generated data.
 */
import '@partner-hub/widgets/define';
import {html, nothing, render, type TemplateResult} from 'lit';
import {
  generateDataset,
  InMemoryProvider,
  OVERVIEW_KPI_IDS,
  PARTNER_ROLES,
  type AnalyticsProduct,
  type AnalyticsRules,
  type CallingAnalytics,
  type CustomerFilters,
  type OverviewKpiId,
  type OverviewKpis,
  type PartnerDataset,
  type PartnerRole,
  type Session,
  type SubscriptionAnalytics,
} from '@partner-hub/core';
import {
  UI_LANGUAGES,
  type CustomerSelectEvent,
  type KpiActivateEvent,
  type LaunchOrgEvent,
  type StartTrialEvent,
  type TagsChangeEvent,
} from '@partner-hub/widgets';

interface IntegerParam {
  name: string;
  fallback: number;
  min: number;
  max: number;
}

const customersParam: IntegerParam = {name: 'customers', fallback: 2_000, min: 0, max: 1_000_000};
const seedParam: IntegerParam = {name: 'seed', fallback: 1, min: 0, max: 2 ** 32 - 1};

/** An integer query parameter clamped to its range; a missing or non-integer value gives the fallback. */
function integerParam(params: URLSearchParams, spec: IntegerParam): number {
  const raw = params.get(spec.name)?.trim() ?? '';
  const value = raw === '' ? Number.NaN : Number(raw);
  if (!Number.isInteger(value)) return spec.fallback;
  return Math.min(spec.max, Math.max(spec.min, value));
}

function choiceParam<T extends string>(params: URLSearchParams, name: string, choices: readonly T[], fallback: T): T {
  const value = params.get(name);
  return choices.includes(value as T) ? (value as T) : fallback;
}

const params = new URLSearchParams(location.search);
const customers = integerParam(params, customersParam);
const seed = integerParam(params, seedParam);
const role = choiceParam(params, 'role', PARTNER_ROLES, 'fullAdmin');
const lang = choiceParam(params, 'lang', UI_LANGUAGES, 'en');
document.documentElement.lang = lang;

// ---------------------------------------------------------------------------------------------
// Formatting and labels of the demo page itself (the elements format for themselves).

const counts = new Intl.NumberFormat(lang);
const averages = new Intl.NumberFormat(lang, {maximumFractionDigits: 1});
const rates = new Intl.NumberFormat(lang, {style: 'percent', maximumFractionDigits: 1});
const seconds = new Intl.NumberFormat(lang, {style: 'unit', unit: 'second', maximumFractionDigits: 1});
const milliseconds = new Intl.NumberFormat(lang, {style: 'unit', unit: 'millisecond', maximumFractionDigits: 0});
const dateTimes = new Intl.DateTimeFormat(lang, {dateStyle: 'medium', timeStyle: 'short'});
const times = new Intl.DateTimeFormat(lang, {timeStyle: 'medium'});

const missing = '—';
const count = (value: number) => counts.format(value);
const average = (value: number | null) => (value === null ? missing : averages.format(value));
const rate = (value: number | null) => (value === null ? missing : rates.format(value));
const duration = (value: number | null) => (value === null ? missing : seconds.format(value));
const customersCount = (value: number) => `${count(value)} ${value === 1 ? 'customer' : 'customers'}`;

const roleLabels: Record<PartnerRole, string> = {
  fullAdmin: 'Full administrator',
  admin: 'Administrator',
  readOnly: 'Read-only administrator',
};

const languageLabels: Record<(typeof UI_LANGUAGES)[number], string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  sv: 'Svenska',
  ja: '日本語',
  sr: 'Srpski',
};

const overviewLabels: Record<OverviewKpiId, string> = {
  totalCustomers: 'Total customers',
  nearingExpiration: 'Nearing expiration',
  nearingRenewal: 'Nearing renewal',
  lowAssignment: 'Low license assignment',
  overLimit: 'Over license limit',
};

/** The rule behind each overview KPI, in words, with the windows the provider used. */
function overviewRule(kpi: OverviewKpiId, rules: AnalyticsRules): string {
  const days = count(rules.windowDays);
  switch (kpi) {
    case 'totalCustomers':
      return 'Customers with at least one Meetings or Calling subscription or trial, in any state.';
    case 'nearingExpiration':
      return `An active subscription or trial that does not renew ends within ${days} days.`;
    case 'nearingRenewal':
      return `An active subscription renews automatically within ${days} days.`;
    case 'lowAssignment':
      return `A subscription at least ${count(rules.lowAssignmentMinAgeDays)} days old has fewer than ${rates.format(rules.lowAssignmentFactor)} of the usual share of licences assigned for its product (the median of its peers).`;
    case 'overLimit':
      return 'An active subscription has more licences assigned than bought.';
  }
}

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
      section: `Expiring in the next ${count(windowDays)} days`,
      rows: [
        {label: 'Customers', value: (a) => count(a.expiring.expiringCustomers)},
        {label: 'Assignment rate', value: (a) => rate(a.expiring.assignmentRate)},
        {label: 'Usage rate', value: (a) => rate(a.expiring.usageRate)},
      ],
    },
    {
      section: `Renewing in the next ${count(windowDays)} days`,
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
// State

interface Answers {
  session: Session;
  overview: OverviewKpis;
  subscriptions: Map<AnalyticsProduct, SubscriptionAnalytics>;
  calling: CallingAnalytics;
}

interface Timings {
  customers: number;
  generationMs: number;
  indexMs: number;
}

interface LoggedEvent {
  at: Date;
  text: string;
}

const app = document.querySelector<HTMLElement>('#app')!;
let provider: InMemoryProvider | null = null;
let answers: Answers | null = null;
let timings: Timings | null = null;
let failure: string | null = null;
/** The overview KPI filtering the customer list, if any. */
let kpiFilter: OverviewKpiId | null = null;
/** Handed to the list only when a tile changes it: a new object on every render would reset the
 * filters the user chose in the list itself. */
let listFilters: CustomerFilters = {};
/** The customer shown in the detail panel, if any. */
let openCustomer: string | null = null;
/** The last events the elements fired, newest first: what a host would handle. */
let events: LoggedEvent[] = [];

function logEvent(text: string): void {
  events = [{at: new Date(), text}, ...events].slice(0, 8);
  renderPage();
}

// ---------------------------------------------------------------------------------------------
// Page

function select<T extends string>(name: string, label: string, value: T, options: readonly T[], text: (option: T) => string): TemplateResult {
  return html`<label
    >${label}
    <select name=${name}>
      ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${text(option)}</option>`)}
    </select></label
  >`;
}

function settingsForm(): TemplateResult {
  const number = (param: IntegerParam, value: number) =>
    html`<input name=${param.name} type="number" required step="1" min=${param.min} max=${param.max} .value=${String(value)} />`;
  return html`
    <form method="get" class="dataset-form" aria-label="Demo settings">
      <label>Customers ${number(customersParam, customers)}</label>
      <label>Seed ${number(seedParam, seed)}</label>
      ${select('role', 'Signed in as', role, PARTNER_ROLES, (option) => roleLabels[option])}
      ${select('lang', 'Language', lang, UI_LANGUAGES, (option) => languageLabels[option])}
      <button type="submit">Apply</button>
    </form>
  `;
}

function overviewSection({session, overview}: Answers): TemplateResult {
  return html`
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">${session.partner.name}</h2>
      <p class="muted">
        Signed in as ${session.viewer.name} (${roleLabels[session.role]}) · data as of
        <time datetime=${session.asOf}>${dateTimes.format(new Date(session.asOf))}</time>
      </p>
      <div class="tiles" @kpi-activate=${onKpiActivate}>
        ${OVERVIEW_KPI_IDS.map(
          (kpi) => html`<kpi-tile
            kpi=${kpi}
            label=${overviewLabels[kpi]}
            .value=${overview[kpi]}
            rule=${overviewRule(kpi, overview.rules)}
            ?interactive=${kpi !== 'totalCustomers'}
            ?selected=${kpi === kpiFilter}
          ></kpi-tile>`,
        )}
      </div>
    </section>
  `;
}

function kpiList<T>(rows: KpiRow<T>[], answer: T): TemplateResult {
  return html`<dl class="kpis">
    ${rows.map((row) => html`<div><dt>${row.label}</dt><dd>${row.value(answer)}</dd></div>`)}
  </dl>`;
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
      <p class="muted">Last week, data as of <time datetime=${calling.dataAsOf}>${dateTimes.format(new Date(calling.dataAsOf))}</time></p>
      ${kpiList(callingKpis, calling)}
    </section>
  `;
}

function customersSection(hub: InMemoryProvider): TemplateResult {
  return html`
    <section aria-labelledby="customers-title" class="customers">
      <h2 id="customers-title">Customers</h2>
      <div class="customers__layout ${openCustomer ? 'customers__layout--open' : ''}">
        <customer-list
          .provider=${hub}
          .filters=${listFilters}
          @customer-select=${onCustomerSelect}
          @launch-org=${(event: LaunchOrgEvent) => logEvent(`launch-org: ${event.detail.customerId} (opens ${event.detail.url})`)}
          @start-trial=${(event: StartTrialEvent) => logEvent(`start-trial: ${event.detail.customerId ?? 'no customer chosen yet'}`)}
          @tags-change=${(event: TagsChangeEvent) => logEvent(`tags-change: ${event.detail.customerId} → ${event.detail.tagIds.join(', ') || 'no tags'}`)}
        ></customer-list>
        ${openCustomer
          ? html`<aside class="panel" aria-label="Customer details">
              <div class="panel__bar"><button type="button" @click=${closeCustomer}>Close details</button></div>
              <customer-detail .provider=${hub} customer-id=${openCustomer}></customer-detail>
            </aside>`
          : nothing}
      </div>
    </section>
  `;
}

function eventsSection(): TemplateResult {
  return html`
    <section aria-labelledby="events-title">
      <h2 id="events-title">Events</h2>
      <p class="muted">What the elements told the page (a host portal would handle these).</p>
      ${events.length === 0
        ? html`<p class="muted">None yet: activate a KPI tile, open a customer, launch an organisation, edit tags.</p>`
        : html`<ol class="events">
            ${events.map((event) => html`<li><time>${times.format(event.at)}</time> ${event.text}</li>`)}
          </ol>`}
    </section>
  `;
}

function renderPage(): void {
  render(
    html`
      <header>
        <h1>Partner hub widget kit</h1>
        ${settingsForm()}
        ${timings
          ? html`<p class="muted">
              Generated ${customersCount(timings.customers)} in ${milliseconds.format(timings.generationMs)}, validated and indexed in
              ${milliseconds.format(timings.indexMs)} (seed ${seed}).
            </p>`
          : nothing}
      </header>
      <main>
        ${failure ? html`<p role="alert">${failure}</p>` : nothing}
        ${answers && provider
          ? html`${overviewSection(answers)} ${customersSection(provider)} ${eventsSection()} ${subscriptionSection(answers)}
            ${callingSection(answers)}`
          : failure
            ? nothing
            : html`<p>Generating ${customersCount(customers)}…</p>`}
      </main>
    `,
    app,
  );
}

// ---------------------------------------------------------------------------------------------
// Handlers

function onKpiActivate(event: KpiActivateEvent): void {
  const kpi = event.detail.kpi as OverviewKpiId;
  kpiFilter = kpiFilter === kpi ? null : kpi;
  listFilters = kpiFilter ? {kpi: kpiFilter} : {};
  logEvent(`kpi-activate: ${kpi}`);
  document.querySelector('#customers-title')?.scrollIntoView({behavior: 'smooth', block: 'start'});
}

function onCustomerSelect(event: CustomerSelectEvent): void {
  openCustomer = event.detail.customerId;
  logEvent(`customer-select: ${openCustomer}`);
}

function closeCustomer(): void {
  openCustomer = null;
  renderPage();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The generated dataset, signed in as its first partner administrator with the chosen role. */
function datasetFor(role: PartnerRole): PartnerDataset {
  const dataset = generateDataset({customers, seed});
  const viewer = dataset.partnerAdmins.find((admin) => admin.role === role);
  return viewer ? {...dataset, currentUser: {...dataset.currentUser, adminId: viewer.id}} : dataset;
}

async function loadAnswers(hub: InMemoryProvider): Promise<void> {
  try {
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
}

async function start(): Promise<void> {
  renderPage();
  // Let the "Generating…" state paint before the synchronous generation blocks the main thread.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  try {
    const generationStart = performance.now();
    const dataset = datasetFor(role);
    const indexStart = performance.now();
    const hub = new InMemoryProvider(dataset, {latencyMs: 150});
    timings = {customers: dataset.customers.length, generationMs: indexStart - generationStart, indexMs: performance.now() - indexStart};
    provider = hub;
    // Trials started in the detail panel change the KPIs: re-read them after every change.
    hub.subscribe(() => void loadAnswers(hub));
    await loadAnswers(hub);
  } catch (error) {
    failure = `The demo data could not be loaded: ${messageOf(error)}`;
    renderPage();
  }
}

void start();
