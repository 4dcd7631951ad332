/**
 * Load-time validation of a `PartnerDataset` (SPEC §2.1): invalid data must fail with the JSON path
 * and the rule broken, never crash later or produce a silently wrong number.
 *
 * Built for datasets of 100,000+ customers: the current position is kept as a stack of path
 * segments and only turned into a string when a problem is reported, field checks are `typeof`
 * tests, id lookups use Maps, and date strings (which repeat a lot) are parsed once.
 */
import type {PartnerDataset} from './model.ts';
import {
  MANAGED_BY,
  MAX_TAG_LABEL_LENGTH,
  MAX_TAGS_PER_CUSTOMER,
  PARTNER_ROLES,
  RECORD_KINDS,
  SCHEMA_VERSION,
  SUBSCRIPTION_STATES,
} from './model.ts';
import {parseIsoDate} from './time.ts';

/** Validation stops collecting after this many problems; `DatasetError.truncated` says so. */
export const MAX_PROBLEMS = 100;

/** Path of a problem with the document itself (input that is not an object). */
export const ROOT_PATH = '$';

/** How many problems the error message lists; the rest are in `DatasetError.problems`. */
const PROBLEMS_IN_MESSAGE = 3;

export interface DatasetProblem {
  /** JSON-path-like location, e.g. `subscriptions[41].totalLicenses`; `$` for the document. */
  path: string;
  /** The rule broken, a short lowercase phrase, e.g. `must be a non-negative integer`. */
  rule: string;
}

/** Thrown by `validateDataset` when the data breaks the contract. */
export class DatasetError extends Error {
  readonly problems: DatasetProblem[];
  /** True when there were more than `MAX_PROBLEMS` problems and the rest were not collected. */
  readonly truncated: boolean;

  constructor(problems: DatasetProblem[], truncated: boolean) {
    super(describeProblems(problems, truncated));
    this.name = 'DatasetError';
    this.problems = problems;
    this.truncated = truncated;
  }
}

/**
 * Returns `json` itself, typed, when it is a valid `PartnerDataset`; otherwise throws a
 * `DatasetError` listing every problem found (up to `MAX_PROBLEMS`).
 */
export function validateDataset(json: unknown): PartnerDataset {
  const validator = new DatasetValidator();
  try {
    validator.checkDataset(json);
  } catch (error) {
    if (error !== TOO_MANY_PROBLEMS) throw error;
  }
  if (validator.problems.length > 0) throw new DatasetError(validator.problems, validator.truncated);
  return json as PartnerDataset;
}

function describeProblems(problems: readonly DatasetProblem[], truncated: boolean): string {
  const count = truncated
    ? `more than ${problems.length} problems`
    : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
  const listed = problems.slice(0, PROBLEMS_IN_MESSAGE).map(({path, rule}) => `${path}: ${rule}`);
  if (problems.length > PROBLEMS_IN_MESSAGE || truncated) listed.push('…');
  return `Invalid partner dataset: ${count}. ${listed.join('; ')}`;
}

/** Thrown internally to stop walking a hopeless dataset once the cap is reached. */
const TOO_MANY_PROBLEMS = Symbol('too many problems');

type Json = Record<string, unknown>;
type Segment = string | number;
/** Ids seen so far → index of the entry that declared them (for "also customers[0]"). */
type IdIndex = Map<string, number>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  // Safe integers only: sums of larger counts would lose precision silently.
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function formatPath(segments: readonly Segment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (!IDENTIFIER.test(segment)) path += `[${JSON.stringify(segment)}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path === '' ? ROOT_PATH : path;
}

function oneOfRule(allowed: readonly string[]): string {
  return `must be one of ${allowed.join(', ')}`;
}

/** Table cells (4 bytes each) `CallingWeekIndex` may use for dense per-week tables. */
const DENSE_WEEK_BUDGET = 1 << 23;

/**
 * Which calling entry declared each (customer, week), to find duplicates. Keyed by the parsed week,
 * so `2026-11-08` and `2026-11-08T00:00:00Z` count as the same week, then by the customer's index.
 * Each week gets a dense table indexed by customer while they fit the budget: with Maps, this
 * check took over half of the time spent on 300,000 calling entries. Odd data with very many
 * distinct weeks falls back to Maps for the weeks beyond the budget.
 */
class CallingWeekIndex {
  /** Week → (entry index + 1) per customer index; 0 = no entry yet. */
  private readonly denseWeeks = new Map<number, Int32Array>();
  private readonly sparseWeeks = new Map<number, Map<number, number>>();
  private readonly maxDenseWeeks: number;

  constructor(private readonly customerCount: number) {
    this.maxDenseWeeks = Math.floor(DENSE_WEEK_BUDGET / Math.max(customerCount, 1));
  }

  /** Records the entry; returns the index of an earlier entry for the same customer and week. */
  register(customerIndex: number, weekStart: number, entryIndex: number): number | undefined {
    const dense = this.denseWeeks.get(weekStart) ?? this.addDenseWeek(weekStart);
    if (dense) {
      const first = dense[customerIndex] ?? 0;
      if (first === 0) dense[customerIndex] = entryIndex + 1;
      return first === 0 ? undefined : first - 1;
    }
    let sparse = this.sparseWeeks.get(weekStart);
    if (!sparse) {
      sparse = new Map();
      this.sparseWeeks.set(weekStart, sparse);
    }
    const first = sparse.get(customerIndex);
    if (first === undefined) sparse.set(customerIndex, entryIndex);
    return first;
  }

  private addDenseWeek(weekStart: number): Int32Array | undefined {
    if (this.denseWeeks.size >= this.maxDenseWeeks || this.sparseWeeks.has(weekStart)) return undefined;
    const table = new Int32Array(this.customerCount);
    this.denseWeeks.set(weekStart, table);
    return table;
  }
}

class DatasetValidator {
  readonly problems: DatasetProblem[] = [];
  truncated = false;
  private readonly path: Segment[] = [];
  private readonly parsedDates = new Map<string, number>();

  checkDataset(json: unknown): void {
    if (!isObject(json)) {
      this.report(undefined, 'must be an object');
      return;
    }
    this.checkSchemaVersion(json);
    this.requireDate(json.asOf, 'asOf');
    const partner = this.requireObject(json.partner, 'partner');
    if (partner) this.within('partner', () => this.checkPartner(partner));
    const tagIds = this.checkTags(json);
    const customerIds = this.checkCustomers(json, tagIds);
    this.checkSubscriptions(json, customerIds);
    const adminIds = this.checkPartnerAdmins(json, customerIds);
    this.checkCurrentUser(json, adminIds);
    this.checkCalling(json, customerIds);
    this.checkResources(json);
  }

  // -------------------------------------------------------------------------------------------
  // Collections. Each returns the ids it declares, or null when the collection itself is broken
  // so that references into it are not reported once per referrer.

  private checkSchemaVersion(json: Json): void {
    const version = json.schemaVersion;
    if (version === undefined) this.report('schemaVersion', 'is required');
    else if (version !== SCHEMA_VERSION) this.report('schemaVersion', `must be ${SCHEMA_VERSION}`);
  }

  private checkPartner(partner: Json): void {
    this.requireId(partner.id, 'id');
    this.requireString(partner.name, 'name');
  }

  private checkTags(json: Json): IdIndex | null {
    const tags = this.requireArray(json.tags, 'tags');
    if (!tags) return null;
    this.path.push('tags');
    const ids = this.collectIds(tags, 'tags');
    for (let i = 0; i < tags.length; i++) {
      const tag = this.elementObject(tags, i);
      if (!tag) continue;
      this.path.push(i);
      const label = this.requireString(tag.label, 'label');
      // UTF-16 length bounds the code-point count from above, so most labels skip the spread.
      if (label !== undefined && label.length > MAX_TAG_LABEL_LENGTH && [...label].length > MAX_TAG_LABEL_LENGTH) {
        this.report('label', `at most ${MAX_TAG_LABEL_LENGTH} characters`);
      }
      this.optionalString(tag.color, 'color');
      this.path.pop();
    }
    this.path.pop();
    return ids;
  }

  private checkCustomers(json: Json, tagIds: IdIndex | null): IdIndex | null {
    const customers = this.requireArray(json.customers, 'customers');
    if (!customers) return null;
    this.path.push('customers');
    const ids = this.collectIds(customers, 'customers');
    for (let i = 0; i < customers.length; i++) {
      const customer = this.elementObject(customers, i);
      if (!customer) continue;
      this.path.push(i);
      this.requireString(customer.name, 'name');
      this.requireOneOf(customer.managedBy, 'managedBy', MANAGED_BY);
      this.checkCustomerTags(customer, tagIds);
      if (customer.lastAdminActivity !== null) this.requireDate(customer.lastAdminActivity, 'lastAdminActivity', ' or null');
      this.requireString(customer.orgId, 'orgId');
      this.optionalString(customer.launchUrl, 'launchUrl');
      this.path.pop();
    }
    this.path.pop();
    return ids;
  }

  private checkCustomerTags(customer: Json, tagIds: IdIndex | null): void {
    const tags = this.requireArray(customer.tags, 'tags');
    if (!tags) return;
    if (tags.length > MAX_TAGS_PER_CUSTOMER) this.report('tags', `at most ${MAX_TAGS_PER_CUSTOMER} tags`);
    // A linear search is cheapest for the handful of tags a customer may have; an oversized list
    // (already a problem) gets a Map so that a pathological one cannot take quadratic time.
    const firstIndexes = tags.length > MAX_TAGS_PER_CUSTOMER ? new Map<string, number>() : undefined;
    this.path.push('tags');
    for (let j = 0; j < tags.length; j++) {
      const tagId = tags[j];
      if (typeof tagId !== 'string') {
        this.report(j, 'must be a string');
        continue;
      }
      let first = j;
      if (!firstIndexes) first = tags.indexOf(tagId);
      else if (firstIndexes.has(tagId)) first = firstIndexes.get(tagId) ?? j;
      else firstIndexes.set(tagId, j);
      if (first !== j) this.report(j, `duplicate tag ${JSON.stringify(tagId)} (also tags[${first}])`);
      else if (tagIds && !tagIds.has(tagId)) this.report(j, `unknown tag ${JSON.stringify(tagId)}`);
    }
    this.path.pop();
  }

  private checkSubscriptions(json: Json, customerIds: IdIndex | null): void {
    const subscriptions = this.requireArray(json.subscriptions, 'subscriptions');
    if (!subscriptions) return;
    this.path.push('subscriptions');
    this.collectIds(subscriptions, 'subscriptions');
    for (let i = 0; i < subscriptions.length; i++) {
      const subscription = this.elementObject(subscriptions, i);
      if (!subscription) continue;
      this.path.push(i);
      this.checkSubscription(subscription, customerIds);
      this.path.pop();
    }
    this.path.pop();
  }

  private checkSubscription(subscription: Json, customerIds: IdIndex | null): void {
    this.requireReference(subscription.customerId, 'customerId', customerIds, 'customer');
    this.requireId(subscription.product, 'product');
    this.requireOneOf(subscription.kind, 'kind', RECORD_KINDS);
    this.requireOneOf(subscription.state, 'state', SUBSCRIPTION_STATES);
    const start = this.requireDate(subscription.startDate, 'startDate');
    const end = this.requireDate(subscription.endDate, 'endDate');
    if (end < start) this.report('endDate', 'must not be before startDate');
    this.requireBoolean(subscription.autoRenew, 'autoRenew');
    this.requireCount(subscription.totalLicenses, 'totalLicenses');
    const history = this.requireArray(subscription.licenseHistory, 'licenseHistory');
    if (history) this.checkLicenseHistory(history);
    if (subscription.invoice !== undefined) {
      const invoice = this.requireObject(subscription.invoice, 'invoice');
      if (invoice) {
        this.path.push('invoice');
        this.checkInvoice(invoice);
        this.path.pop();
      }
    }
    if (subscription.orders !== undefined) {
      const orders = this.requireArray(subscription.orders, 'orders');
      if (orders) this.checkOrders(orders);
    }
  }

  private checkLicenseHistory(history: unknown[]): void {
    this.path.push('licenseHistory');
    for (let k = 0; k < history.length; k++) {
      const snapshot = this.elementObject(history, k);
      if (!snapshot) continue;
      this.path.push(k);
      this.requireDate(snapshot.weekStart, 'weekStart');
      this.requireCount(snapshot.assigned, 'assigned');
      this.requireCount(snapshot.used, 'used');
      this.path.pop();
    }
    this.path.pop();
  }

  private checkInvoice(invoice: Json): void {
    this.requireId(invoice.id, 'id');
    const amount = invoice.amount;
    if (amount === undefined) this.report('amount', 'is required');
    else if (typeof amount !== 'number' || !Number.isFinite(amount)) this.report('amount', 'must be a finite number');
    this.requireString(invoice.currency, 'currency');
    this.requireString(invoice.url, 'url');
  }

  private checkOrders(orders: unknown[]): void {
    this.path.push('orders');
    for (let k = 0; k < orders.length; k++) {
      const order = this.elementObject(orders, k);
      if (!order) continue;
      this.path.push(k);
      this.requireId(order.id, 'id');
      this.requireDate(order.date, 'date');
      this.requireString(order.description, 'description');
      this.requireCount(order.quantity, 'quantity');
      this.path.pop();
    }
    this.path.pop();
  }

  private checkPartnerAdmins(json: Json, customerIds: IdIndex | null): IdIndex | null {
    const admins = this.requireArray(json.partnerAdmins, 'partnerAdmins');
    if (!admins) return null;
    this.path.push('partnerAdmins');
    const ids = this.collectIds(admins, 'partnerAdmins');
    for (let i = 0; i < admins.length; i++) {
      const admin = this.elementObject(admins, i);
      if (!admin) continue;
      this.path.push(i);
      this.requireString(admin.name, 'name');
      this.requireString(admin.email, 'email');
      this.requireOneOf(admin.role, 'role', PARTNER_ROLES);
      if (admin.customerIds !== undefined) this.checkAdminCustomers(admin, customerIds);
      if (admin.allCustomers !== undefined) this.requireBoolean(admin.allCustomers, 'allCustomers');
      this.path.pop();
    }
    this.path.pop();
    return ids;
  }

  private checkAdminCustomers(admin: Json, customerIds: IdIndex | null): void {
    const assigned = this.requireArray(admin.customerIds, 'customerIds');
    if (!assigned) return;
    this.path.push('customerIds');
    for (let j = 0; j < assigned.length; j++) {
      const customerId = assigned[j];
      if (typeof customerId !== 'string') this.report(j, 'must be a string');
      else if (customerIds && !customerIds.has(customerId)) this.report(j, `unknown customer ${JSON.stringify(customerId)}`);
    }
    this.path.pop();
  }

  private checkCurrentUser(json: Json, adminIds: IdIndex | null): void {
    const user = this.requireObject(json.currentUser, 'currentUser');
    if (user) this.within('currentUser', () => this.requireReference(user.adminId, 'adminId', adminIds, 'partner admin'));
  }

  private checkCalling(json: Json, customerIds: IdIndex | null): void {
    const calling = this.requireArray(json.calling, 'calling');
    if (!calling) return;
    // Customer indexes are positions in `customers`, which exists whenever `customerIds` does.
    const weeks = new CallingWeekIndex(Array.isArray(json.customers) ? json.customers.length : 0);
    this.path.push('calling');
    for (let i = 0; i < calling.length; i++) {
      const week = this.elementObject(calling, i);
      if (!week) continue;
      this.path.push(i);
      const customer = this.requireId(week.customerId, 'customerId');
      const customerIndex = customer === undefined ? undefined : customerIds?.get(customer);
      if (customer !== undefined && customerIds && customerIndex === undefined) {
        this.report('customerId', `unknown customer ${JSON.stringify(customer)}`);
      }
      const weekStart = this.requireDate(week.weekStart, 'weekStart');
      if (customerIndex !== undefined && !Number.isNaN(weekStart)) {
        const first = weeks.register(customerIndex, weekStart, i);
        if (first !== undefined) {
          this.report('weekStart', `duplicate week for customer ${JSON.stringify(customer)} (also calling[${first}])`);
        }
      }
      this.checkCallingWeek(week);
      this.path.pop();
    }
    this.path.pop();
  }

  private checkCallingWeek(week: Json): void {
    this.requireCount(week.activeUsers, 'activeUsers');
    const volume = this.requireObject(week.usersByVolume, 'usersByVolume');
    if (volume) {
      this.path.push('usersByVolume');
      this.checkUsersByVolume(volume);
      this.path.pop();
    }
    this.requireCount(week.calls, 'calls');
    this.requireCount(week.minutes, 'minutes');
    this.checkGoodCalls(week);
    this.requireAverage(week.avgJitterMs, 'avgJitterMs');
    this.requireAverage(week.avgLatencyMs, 'avgLatencyMs');
    this.requireAverage(week.avgPacketLossPct, 'avgPacketLossPct');
    const byEndpoint = this.requireObject(week.byEndpoint, 'byEndpoint');
    if (byEndpoint) {
      this.path.push('byEndpoint');
      this.checkByEndpoint(byEndpoint);
      this.path.pop();
    }
    const featureCalls = this.requireObject(week.featureCalls, 'featureCalls');
    if (featureCalls) {
      this.path.push('featureCalls');
      this.checkFeatureCalls(featureCalls);
      this.path.pop();
    }
    if (week.queue !== undefined) {
      const queue = this.requireObject(week.queue, 'queue');
      if (queue) {
        this.path.push('queue');
        this.checkQueue(queue);
        this.path.pop();
      }
    }
  }

  private checkUsersByVolume(volume: Json): void {
    this.requireCount(volume.high, 'high');
    this.requireCount(volume.medium, 'medium');
    this.requireCount(volume.low, 'low');
  }

  /** Poor calls are `callsWithMedia − goodCalls`; a negative count would break every rate. */
  private checkGoodCalls(calls: Json): void {
    const withMedia = this.requireCount(calls.callsWithMedia, 'callsWithMedia');
    const good = this.requireCount(calls.goodCalls, 'goodCalls');
    if (withMedia !== undefined && good !== undefined && good > withMedia) {
      this.report('goodCalls', 'must not exceed callsWithMedia');
    }
  }

  private checkByEndpoint(byEndpoint: Json): void {
    for (const endpoint of Object.keys(byEndpoint)) {
      const calls = this.requireObject(byEndpoint[endpoint], endpoint);
      if (!calls) continue;
      this.path.push(endpoint);
      this.checkGoodCalls(calls);
      this.path.pop();
    }
  }

  private checkFeatureCalls(featureCalls: Json): void {
    for (const feature of Object.keys(featureCalls)) this.requireCount(featureCalls[feature], feature);
  }

  private checkQueue(queue: Json): void {
    this.requireCount(queue.queues, 'queues');
    this.requireCount(queue.offered, 'offered');
    this.requireCount(queue.answered, 'answered');
    this.requireCount(queue.abandoned, 'abandoned');
    this.requireAverage(queue.avgTimeToAnswerSec, 'avgTimeToAnswerSec');
    this.requireAverage(queue.avgWaitBeforeAbandonSec, 'avgWaitBeforeAbandonSec');
  }

  private checkResources(json: Json): void {
    const resources = this.requireObject(json.resources, 'resources');
    if (!resources) return;
    this.path.push('resources');
    for (const list of ['quickLinks', 'featured', 'all']) {
      const entries = this.requireArray(resources[list], list);
      if (entries) this.within(list, () => this.checkResourceList(entries));
    }
    const helpdesk = this.requireObject(resources.helpdesk, 'helpdesk');
    if (helpdesk) {
      this.within('helpdesk', () => {
        this.requireString(helpdesk.url, 'url');
        this.optionalString(helpdesk.phone, 'phone');
      });
    }
    this.path.pop();
  }

  private checkResourceList(entries: unknown[]): void {
    for (let i = 0; i < entries.length; i++) {
      const resource = this.elementObject(entries, i);
      if (!resource) continue;
      this.path.push(i);
      this.requireString(resource.title, 'title');
      this.requireString(resource.url, 'url');
      this.requireString(resource.category, 'category');
      this.requireString(resource.product, 'product');
      this.path.pop();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Field checks. Each takes a field's value and the key it was read from, reports a problem at
  // `<current path>.key` when the value breaks the rule, and returns the value when it is usable
  // (undefined or NaN otherwise). Callers read fields by name (`week.calls`), not `owner[key]`:
  // named loads stay monomorphic on uniformly shaped JSON, keyed loads here would go megamorphic.

  private requireString(value: unknown, key: Segment): string | undefined {
    if (typeof value === 'string') return value;
    this.report(key, value === undefined ? 'is required' : 'must be a string');
    return undefined;
  }

  private optionalString(value: unknown, key: Segment): void {
    if (value !== undefined) this.requireString(value, key);
  }

  /** Ids and product names: an empty string would match nothing and name nothing. */
  private requireId(value: unknown, key: Segment): string | undefined {
    if (typeof value === 'string' && value !== '') return value;
    this.report(key, value === undefined ? 'is required' : 'must be a non-empty string');
    return undefined;
  }

  private requireReference(value: unknown, key: Segment, known: IdIndex | null, noun: string): string | undefined {
    const id = this.requireId(value, key);
    if (id !== undefined && known && !known.has(id)) this.report(key, `unknown ${noun} ${JSON.stringify(id)}`);
    return id;
  }

  /**
   * Ids declared by the entries of the collection at the current path, reporting missing and
   * duplicate ones. A pass of its own: interleaved with the entries' other checks, the growing
   * Map kept falling out of the CPU cache (about 1.5× slower for 250,000 subscriptions).
   */
  private collectIds(entries: unknown[], collection: string): IdIndex {
    const ids: IdIndex = new Map();
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      // Non-objects are reported by the entry checks.
      if (!isObject(entry)) continue;
      this.path.push(i);
      const id = this.requireId(entry.id, 'id');
      if (id !== undefined) {
        const first = ids.get(id);
        if (first === undefined) ids.set(id, i);
        else this.report('id', `duplicate id ${JSON.stringify(id)} (also ${collection}[${first}])`);
      }
      this.path.pop();
    }
    return ids;
  }

  private requireBoolean(value: unknown, key: Segment): void {
    if (typeof value !== 'boolean') this.report(key, value === undefined ? 'is required' : 'must be a boolean');
  }

  private requireCount(value: unknown, key: Segment): number | undefined {
    if (isCount(value)) return value;
    this.report(key, value === undefined ? 'is required' : 'must be a non-negative integer');
    return undefined;
  }

  private requireAverage(value: unknown, key: Segment): void {
    if (!isNonNegativeNumber(value)) this.report(key, value === undefined ? 'is required' : 'must be a non-negative number');
  }

  private requireOneOf(value: unknown, key: Segment, allowed: readonly string[]): void {
    if (typeof value === 'string' && allowed.includes(value)) return;
    this.report(key, value === undefined ? 'is required' : oneOfRule(allowed));
  }

  /** Epoch milliseconds of the date, NaN when missing or unparseable. */
  private requireDate(value: unknown, key: Segment, alternative = ''): number {
    if (typeof value === 'string') {
      const ms = this.parseDate(value);
      if (!Number.isNaN(ms)) return ms;
    }
    this.report(key, value === undefined ? 'is required' : `must be an ISO 8601 date${alternative}`);
    return Number.NaN;
  }

  private parseDate(value: string): number {
    let ms = this.parsedDates.get(value);
    if (ms === undefined) {
      ms = parseIsoDate(value);
      this.parsedDates.set(value, ms);
    }
    return ms;
  }

  private requireArray(value: unknown, key: Segment): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.report(key, value === undefined ? 'is required' : 'must be an array');
    return undefined;
  }

  private requireObject(value: unknown, key: Segment): Json | undefined {
    if (isObject(value)) return value;
    this.report(key, value === undefined ? 'is required' : 'must be an object');
    return undefined;
  }

  /** The array element at `index` when it is an object; reports it at `<current path>[index]` otherwise. */
  private elementObject(array: unknown[], index: number): Json | undefined {
    const value = array[index];
    if (isObject(value)) return value;
    this.report(index, 'must be an object');
    return undefined;
  }

  /**
   * Runs `check` one segment deeper. For the document-level sections only: per-entry code pushes
   * and pops itself, because a closure per entry showed up in profiles of large datasets.
   */
  private within(segment: Segment, check: () => void): void {
    this.path.push(segment);
    check();
    this.path.pop();
  }

  /** Records a problem at the current path plus `segment` (if any). */
  private report(segment: Segment | undefined, rule: string): void {
    if (this.problems.length === MAX_PROBLEMS) {
      this.truncated = true;
      throw TOO_MANY_PROBLEMS;
    }
    const segments = segment === undefined ? this.path : [...this.path, segment];
    this.problems.push({path: formatPath(segments), rule});
  }
}
