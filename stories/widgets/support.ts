/**
 * What the element stories share: generated datasets (memoised, so a story re-rendered by its
 * controls keeps its data and whatever was edited in it) and providers for the loading, error and
 * populated states.
 */
import {
  generateDataset,
  InMemoryProvider,
  type CustomerRow,
  type PartnerDataset,
  type PartnerHubDataProvider,
  type PartnerRole,
} from '@partner-hub/core';
import type {ArgTypes} from '@storybook/web-components-vite';

/** Every story uses the same seed: the same customers in every story and on every load. */
const SEED = 1;

/** How many customers the generator always makes first, each covering an edge case. */
export const EDGE_CASE_COUNT = 42;

/** The first generated customer: meetings and calling subscriptions, auto-renewing. */
export const FIRST_CUSTOMER_ID = 'cust-000001';

/** A generated edge case: a running trial with more licences assigned than it has. */
export const TRIAL_OVER_LIMIT_CUSTOMER_ID = 'cust-000031';

/** A generated edge case: the customer named `<img src=x onerror=alert(1)>`, which must render as text. */
export const HOSTILE_CUSTOMER_ID = 'cust-000034';

/** The roles a story can sign in as, most capable first. */
export const ROLES: readonly PartnerRole[] = ['fullAdmin', 'admin', 'readOnly'];

/** The `lang` values the stories offer: the kit's UI languages (unset: inherited). */
export const LANGUAGES = ['', 'en', 'de', 'fr', 'sv', 'ja', 'sr'];

/**
 * Manifest entries (properties set by the hub or the host, attribute twins of properties) that the
 * stories do not drive: they stay in the docs table, without a control that would do nothing.
 */
export function withoutControls(...names: string[]): ArgTypes {
  return Object.fromEntries(names.map((name) => [name, {control: false}]));
}

const datasets = new Map<number, PartnerDataset>();

/** The generated dataset with `customers` customers (seed `SEED`), generated once per page. */
export function dataset(customers: number): PartnerDataset {
  let data = datasets.get(customers);
  if (!data) datasets.set(customers, (data = generateDataset({customers, seed: SEED})));
  return data;
}

const providers = new Map<string, InMemoryProvider>();

/**
 * An `InMemoryProvider` over `dataset(customers)`, signed in as an administrator of every customer
 * with `role` (the generator always has one of each). One per size and role, so that tags and
 * trials changed in a story survive its controls being changed.
 */
export function populatedProvider(customers: number, role: PartnerRole = 'fullAdmin'): InMemoryProvider {
  const key = `${customers}|${role}`;
  let provider = providers.get(key);
  if (!provider) {
    const data = dataset(customers);
    const viewer = data.partnerAdmins.find((admin) => admin.role === role && admin.allCustomers);
    if (!viewer) throw new Error(`The generated dataset has no ${role} administrator of every customer.`);
    // Generated data is valid by construction (test/core/generate.test.ts validates it); validating
    // 20,000 customers again would only delay the story.
    provider = new InMemoryProvider({...data, currentUser: {adminId: viewer.id}}, {validate: false});
    providers.set(key, provider);
  }
  return provider;
}

/** A provider whose every call answers with `answer()`; `subscribe` still works. */
function providerAnswering(answer: () => Promise<never>): PartnerHubDataProvider {
  return new Proxy(populatedProvider(0), {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      // `subscribe` runs on the real provider (its private fields do not exist on the proxy).
      return key === 'subscribe' ? value.bind(target) : answer;
    },
  });
}

/**
 * A provider that never answers: the elements stay in their loading state. (Their data controller
 * gives up after 30 seconds and shows its timeout error, as it would with a real stuck backend.)
 */
export function loadingProvider(): PartnerHubDataProvider {
  return providerAnswering(() => new Promise<never>(() => {}));
}

/** A provider whose every call fails with `message`, as a backend that is down would. */
export function failingProvider(message = 'The partner service is not available right now (HTTP 503).'): PartnerHubDataProvider {
  return providerAnswering(() => Promise.reject(new Error(message)));
}

const rowSets = new Map<number, Promise<CustomerRow[]>>();

/**
 * `count` customer rows as a provider lists them, for presentational stories; built once per page.
 * The dataset behind them is not kept: only the rows are.
 */
export function customerRows(count: number): Promise<CustomerRow[]> {
  let rows = rowSets.get(count);
  if (!rows) {
    const provider = new InMemoryProvider(generateDataset({customers: count, seed: SEED}), {validate: false});
    rows = provider.listCustomers({offset: 0, limit: count}).then((page) => page.items);
    rowSets.set(count, rows);
  }
  return rows;
}
