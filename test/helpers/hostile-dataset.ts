/**
 * A valid `PartnerDataset` whose every string is hostile (Hardening, point 1): a generated dataset
 * with each string field — partner, customer, tag, admin, subscription, invoice, order, resource
 * and helpdesk strings, endpoint and feature names (the keys of `byEndpoint` / `featureCalls`) and
 * the ids — replaced by payloads taken in turn from `PAYLOADS`.
 *
 * What stays as generated, because the contract gives it a meaning the kit must be able to read:
 * dates (ISO 8601), enumerations (`managedBy`, `kind`, `state`, `role`), numbers and booleans, and
 * the products `meetings` and `calling` (the analytics are about those two; `messaging` and
 * `translation` records get hostile product ids instead, which the contract allows).
 *
 * Hostile but valid where the contract limits a string (`validateDataset` passes on the result):
 * - ids are unique: a payload plus ` #n` (the payload still starts the id);
 * - tag labels are at most 25 characters: `SHORT_PAYLOADS`, same attacks in fewer characters
 *   (`<svg onload=…>` instead of `<img … onerror=…>`, a 25-character run instead of 10,000);
 * - tag colours are "any CSS colour": hostile CSS instead (`url(…)` probes, `;`-injection).
 * URLs get the URL-shaped payloads (`javascript:` in several spellings, `data:`, `vbscript:`) and,
 * for some, an http(s) URL carrying markup: a real link must still work.
 */
import {generateDataset, validateDataset, type PartnerDataset} from '../../packages/core/src/index.ts';

declare global {
  interface Window {
    /** The tripwire: every payload that would run sets it. */
    __pwned?: unknown;
  }
}

/** 10,000 characters: words, then a 1,000-character run that cannot wrap. */
export const LONG_NAME = ('Long name that never ends ').repeat(400).slice(0, 9_000) + 'W'.repeat(1_000);

export const PAYLOAD = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '"><script>window.__pwned=2</script>',
  jsUrl: 'javascript:window.__pwned=3',
  template: "{{constructor.constructor('window.__pwned=4')()}}",
  bidi: '\u202Eevil\u202C.exe',
  long: LONG_NAME,
  zalgo: '👩‍👩‍👧‍👦 Z̴̡a̷l̸g̵o̶ 🏳️‍🌈 e\u0301\u0302\u0303',
  hyperlink: '=HYPERLINK("http://x")',
  plusCmd: '+cmd',
  minus: '-1+1',
  at: '@SUM(A1)',
  tab: '\t=1',
  cr: '\r=1+1',
  control: 'NUL\u0000BEL\u0007ESC\u001B[2JBS\u0008DEL\u007FNEL\u0085LS\u2028end',
} as const;

export type PayloadName = keyof typeof PAYLOAD;
export const PAYLOADS: readonly string[] = Object.values(PAYLOAD);

/** The same attacks in at most 25 characters (tag labels). */
export const SHORT_PAYLOAD: Record<PayloadName, string> = {
  img: '<svg onload=__pwned=1>',
  script: '"><svg onload=__pwned=2>',
  jsUrl: 'javascript:__pwned=3',
  template: '{{__pwned=4}}${__pwned=4}',
  bidi: PAYLOAD.bidi,
  long: 'W'.repeat(25),
  zalgo: '👩‍👩‍👧‍👦 Z̴̡a̷l̸g̵o̶ 🏳️‍🌈',
  hyperlink: PAYLOAD.hyperlink,
  plusCmd: PAYLOAD.plusCmd,
  minus: PAYLOAD.minus,
  at: PAYLOAD.at,
  tab: PAYLOAD.tab,
  cr: PAYLOAD.cr,
  control: 'NUL\u0000BEL\u0007ESC\u001BDEL\u007F',
};

/** A working https URL that carries markup. */
export const HTTPS_WITH_MARKUP = 'https://example.com/?q="><img src=x onerror="window.__pwned=10">';

/** URL fields: scripts in the spellings a URL parser accepts, other schemes, and http(s) URLs carrying markup. */
export const URL_PAYLOADS: readonly string[] = [
  PAYLOAD.jsUrl,
  'JaVaScRiPt:window.__pwned=5',
  '  javascript:window.__pwned=6',
  'java\tscript:window.__pwned=7',
  'javascript&colon;window.__pwned=8',
  'data:text/html,<script>window.__pwned=9</script>',
  'vbscript:msgbox(1)',
  HTTPS_WITH_MARKUP,
  'JAVASCRIPT:window.__pwned=12',
  PAYLOAD.img,
  PAYLOAD.long,
];

/** Tag colours ("any CSS colour"): CSS that would fetch, or break out of the declaration. */
export const COLOR_PAYLOADS: readonly string[] = [
  'url(/hostile-probe/tag-color.png)',
  'red; background-image: url(/hostile-probe/tag-semicolon.png)',
  'expression(window.__pwned=11)',
  'var(--x, url(/hostile-probe/tag-var.png))',
  PAYLOAD.img,
];

/** Where the test looks: the customers given the payloads it checks most closely. */
export interface HostileFixture {
  dataset: PartnerDataset;
  /** A customer named `PAYLOAD.img`, with subscriptions (one with an invoice and orders), tags and a `javascript:` launch URL. */
  spotlightId: string;
  /** A customer named `LONG_NAME`, with calling data last week (it shows in every calling table). */
  longId: string;
}

/** A cycle over `values`. */
function cycle(values: readonly string[], start = 0): () => string {
  let next = start;
  return () => values[next++ % values.length]!;
}

/**
 * The hostile dataset: `generateDataset({customers, seed})` with every string replaced (see the
 * module comment); throws if the result is not a valid dataset.
 */
export function hostileFixture({customers = 30, seed = 7}: {customers?: number; seed?: number} = {}): HostileFixture {
  // A deep copy: the generator shares and freezes small objects between entries.
  const dataset = structuredClone(generateDataset({customers, seed})) as PartnerDataset;
  let serial = 0;
  const unique = (payload: string) => `${payload} #${++serial}`;
  const text = cycle(PAYLOADS);
  const url = cycle(URL_PAYLOADS);

  dataset.partner = {id: unique(PAYLOAD.script), name: PAYLOAD.img};

  // Tags: hostile ids (unique), short labels, hostile colours.
  const tagIds = new Map<string, string>();
  const shortLabel = cycle(Object.values(SHORT_PAYLOAD));
  const color = cycle(COLOR_PAYLOADS);
  for (const tag of dataset.tags) {
    const label = shortLabel();
    const id = unique(label);
    tagIds.set(tag.id, id);
    tag.id = id;
    tag.label = label;
    tag.color = color();
  }

  // The spotlight customer: the first with an invoice (given an order if it has none); the long
  // one: the first other customer with call queue data in the last complete week.
  const asOfMs = Date.parse(dataset.asOf);
  const lastWeek = dataset.calling
    .map((week) => week.weekStart)
    .filter((weekStart) => Date.parse(weekStart) + 7 * 86_400_000 <= asOfMs)
    .reduce((latest, weekStart) => (weekStart > latest ? weekStart : latest), '');
  const invoiced = dataset.subscriptions.find((record) => record.invoice);
  const spotlight = dataset.customers.find((customer) => customer.id === invoiced?.customerId);
  const long = dataset.customers.find(
    (customer) => customer !== spotlight && dataset.calling.some((week) => week.customerId === customer.id && week.weekStart === lastWeek && week.queue),
  );
  if (!invoiced || !spotlight || !long) throw new Error('hostileFixture: the generated dataset has no customer to put the payloads on');
  if (!invoiced.orders?.length) invoiced.orders = [{id: 'order', date: invoiced.startDate, description: 'order', quantity: 1}];
  if (spotlight.tags.length === 0) spotlight.tags = dataset.tags.slice(0, 3).map((tag) => tag.id);

  // The spotlight and the long customer are the only ones with their names.
  const name = cycle(PAYLOADS.filter((payload) => payload !== PAYLOAD.img && payload !== LONG_NAME));
  const customerIds = new Map<string, string>();
  for (const customer of dataset.customers) {
    const id = unique(text());
    customerIds.set(customer.id, id);
    customer.id = id;
    customer.name = customer === spotlight ? PAYLOAD.img : customer === long ? LONG_NAME : name();
    customer.orgId = text();
    customer.launchUrl = customer === spotlight ? PAYLOAD.jsUrl : url();
    customer.tags = customer.tags.map((id) => tagIds.get(id) ?? id);
  }
  const hostileProduct = {messaging: PAYLOAD.img, translation: PAYLOAD.hyperlink} as Record<string, string>;
  for (const record of dataset.subscriptions) {
    record.id = unique(text());
    record.customerId = customerIds.get(record.customerId)!;
    record.product = hostileProduct[record.product] ?? record.product;
    if (record.invoice) {
      record.invoice.id = text();
      record.invoice.currency = text();
      record.invoice.url = url();
    }
    for (const order of record.orders ?? []) {
      order.id = text();
      order.description = text();
    }
  }

  const adminIds = new Map<string, string>();
  for (const admin of dataset.partnerAdmins) {
    const id = unique(text());
    adminIds.set(admin.id, id);
    admin.id = id;
    admin.name = text();
    admin.email = text();
    if (admin.customerIds) admin.customerIds = admin.customerIds.map((id) => customerIds.get(id)!);
  }
  dataset.currentUser = {adminId: adminIds.get(dataset.currentUser.adminId)!};

  // Endpoint and feature names: one payload per name, the same in every week.
  const endpoints = new Map<string, string>();
  const features = new Map<string, string>();
  // Features take the payloads from the first on (the long one is the sixth), endpoint types from
  // the fourth (the long one is the third).
  const rename = <V>(record: Record<string, V>, names: Map<string, string>, first: number): Record<string, V> => {
    const renamed: Record<string, V> = {};
    for (const [key, value] of Object.entries(record)) {
      if (!names.has(key)) names.set(key, PAYLOADS[(first + names.size) % PAYLOADS.length]!);
      renamed[names.get(key)!] = value;
    }
    return renamed;
  };
  for (const week of dataset.calling) {
    week.customerId = customerIds.get(week.customerId)!;
    week.byEndpoint = rename(week.byEndpoint, endpoints, 3);
    week.featureCalls = rename(week.featureCalls, features, 0);
  }

  const resource = cycle(PAYLOADS, 3);
  const {resources} = dataset;
  for (const entry of [...resources.quickLinks, ...resources.featured, ...resources.all]) {
    entry.title = resource();
    entry.url = url();
    entry.category = resource();
    entry.product = resource();
  }
  // The first quick link and the first resource: the two payloads the test looks for.
  Object.assign(resources.quickLinks[0]!, {title: PAYLOAD.img, url: PAYLOAD.jsUrl});
  Object.assign(resources.all[0]!, {title: LONG_NAME, url: HTTPS_WITH_MARKUP, category: LONG_NAME});
  resources.helpdesk = {url: 'JAVASCRIPT:window.__pwned=12', phone: `+1 555 ${PAYLOAD.img}`};

  validateDataset(dataset);
  // The customers' ids were replaced in place.
  return {dataset, spotlightId: spotlight.id, longId: long.id};
}

/** Just the dataset (see `hostileFixture`). */
export function hostileDataset(options?: {customers?: number; seed?: number}): PartnerDataset {
  return hostileFixture(options).dataset;
}
