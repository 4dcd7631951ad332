/**
 * The demo behind `npm start`: generates a dataset (`?customers=N&seed=S&role=R&lang=L&theme=T`
 * in the URL; language and theme also switch live), puts an InMemoryProvider on it and shows the whole `<partner-hub>` over it, with a log of
 * the events the kit fires (what a host portal would handle). Every figure on the page is computed
 * from the generated data.
 */
import '@partner-hub/hub';
import {html, nothing, render, type TemplateResult} from 'lit';
import {generateDataset, InMemoryProvider, PARTNER_ROLES, type PartnerDataset, type PartnerRole} from '@partner-hub/core';
import {UI_LANGUAGES} from '@partner-hub/widgets';

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
let lang = choiceParam(params, 'lang', UI_LANGUAGES, 'en');
document.documentElement.lang = lang;
const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];
let theme: Theme = choiceParam(params, 'theme', THEMES, 'light');
document.documentElement.dataset.phTheme = theme;

const themeLabels: Record<Theme, string> = {light: 'Light', dark: 'Dark', auto: 'As the system'};

/** Language and theme switch at once (no reload); the URL keeps them for the next visit. */
function applyLive(name: 'lang' | 'theme', value: string): void {
  if (name === 'lang') document.documentElement.lang = lang = value as typeof lang;
  else document.documentElement.dataset.phTheme = theme = value as Theme;
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(null, '', url);
  renderPage();
}

const counts = () => new Intl.NumberFormat(lang);
const milliseconds = () => new Intl.NumberFormat(lang, {style: 'unit', unit: 'millisecond', maximumFractionDigits: 0});
const times = () => new Intl.DateTimeFormat(lang, {timeStyle: 'medium'});
const customersCount = (value: number) => `${counts().format(value)} ${value === 1 ? 'customer' : 'customers'}`;

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

/** The events the demo logs: every event of SPEC §1, plus the list's filters-change. */
const LOGGED_EVENTS = ['customer-select', 'launch-org', 'start-trial', 'tags-change', 'product-change', 'kpi-activate', 'filters-change'];

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
let timings: Timings | null = null;
let failure: string | null = null;
let events: LoggedEvent[] = [];

function select<T extends string>(
  name: string,
  label: string,
  value: T,
  options: readonly T[],
  text: (option: T) => string,
  onChange?: (value: T) => void,
): TemplateResult {
  return html`<label
    >${label}
    <select name=${name} @change=${(event: Event) => onChange?.((event.target as HTMLSelectElement).value as T)}>
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
      ${select('lang', 'Language', lang, UI_LANGUAGES, (option) => languageLabels[option], (value) => applyLive('lang', value))}
      ${select('theme', 'Theme', theme, THEMES, (option) => themeLabels[option], (value) => applyLive('theme', value))}
      <button type="submit">Apply</button>
    </form>
  `;
}

/** A line for the log: the event's name and its detail as the host receives it. */
function describe(event: Event): string {
  const detail = (event as CustomEvent<unknown>).detail;
  return `${event.type}: ${detail === undefined || detail === null ? '' : JSON.stringify(detail)}${event.defaultPrevented ? ' (handled)' : ''}`;
}

function logEvent(event: Event): void {
  events = [{at: new Date(), text: describe(event)}, ...events].slice(0, 6);
  renderPage();
}

function eventsLog(): TemplateResult {
  return html`
    <details class="events-log">
      <summary>Events (${counts().format(events.length)})</summary>
      <p class="muted">What the elements told the page; a host portal would handle these.</p>
      ${events.length === 0
        ? html`<p class="muted">None yet: activate a KPI tile, switch the product, open a customer, launch an organisation, edit tags.</p>`
        : html`<ol class="events">
            ${events.map((event) => html`<li><time>${times().format(event.at)}</time> <code>${event.text}</code></li>`)}
          </ol>`}
    </details>
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
              Generated ${customersCount(timings.customers)} in ${milliseconds().format(timings.generationMs)}, validated and indexed in
              ${milliseconds().format(timings.indexMs)} (seed ${seed}).
            </p>`
          : nothing}
        ${eventsLog()}
      </header>
      <main>
        ${failure ? html`<p role="alert">${failure}</p>` : nothing}
        ${provider ? html`<partner-hub .provider=${provider}></partner-hub>` : failure ? nothing : html`<p>Generating ${customersCount(customers)}…</p>`}
      </main>
    `,
    app,
  );
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

async function start(): Promise<void> {
  for (const type of LOGGED_EVENTS) app.addEventListener(type, logEvent);
  renderPage();
  // Let the "Generating…" state paint before the synchronous generation blocks the main thread.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  try {
    const generationStart = performance.now();
    const dataset = datasetFor(role);
    const indexStart = performance.now();
    provider = new InMemoryProvider(dataset, {latencyMs: 150});
    timings = {customers: dataset.customers.length, generationMs: indexStart - generationStart, indexMs: performance.now() - indexStart};
  } catch (error) {
    failure = `The demo data could not be loaded: ${messageOf(error)}`;
  }
  renderPage();
}

void start();
