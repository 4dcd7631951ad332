/**
 * `InMemoryProvider`: the whole `PartnerHubDataProvider` computed from one `PartnerDataset`
 * (SPEC §2.2). The host's dataset is never modified: mutations work on the provider's own copy.
 * Role checks here make the UI honest; real enforcement belongs to the backend behind a real provider.
 */
import {callingAnalytics} from './analytics/calling.ts';
import {resolveAnalyticsOptions, type AnalyticsOptions} from './analytics/options.ts';
import {isAnalyticsProduct, overviewKpis} from './analytics/overview.ts';
import {
  RECORD_ACTIVE,
  RECORD_AUTO_RENEWS,
  addPreparedCustomer,
  addPreparedRecord,
  prepareDataset,
  recordsOf,
  type PreparedDataset,
} from './analytics/prepare.ts';
import {subscriptionAnalytics} from './analytics/subscriptions.ts';
import type {AnalyticsProduct, Customer, PartnerAdmin, PartnerDataset, PartnerRole, SubscriptionRecord, Tag} from './model.ts';
import {MAX_TAGS_PER_CUSTOMER} from './model.ts';
import {
  ProviderError,
  type AdminSummary,
  type CallingAnalytics,
  type CustomerDetail,
  type CustomerPage,
  type CustomerQuery,
  type OverviewKpis,
  type PartnerHubDataProvider,
  type Permissions,
  type ProviderChange,
  type ProviderListener,
  type RequestOptions,
  type ResourcesAnswer,
  type Session,
  type StartTrialRequest,
  type StartTrialResult,
  type SubscriptionAnalytics,
  type SubscriptionSummary,
} from './provider.ts';
import {CustomerIndex} from './query/customer-index.ts';
import {DAY_MS, daysUntil, toIso} from './time.ts';
import {validateDataset} from './validate.ts';

export interface InMemoryProviderOptions {
  /** Windows and the low-assignment rule (SPEC §3 defaults). */
  analytics?: Partial<AnalyticsOptions>;
  /** Simulated network latency per call, in milliseconds (demos and tests); default 0. */
  latencyMs?: number;
  /** Validate the dataset first (default true); turn off only for data validated already. */
  validate?: boolean;
}

const PERMISSIONS: Record<PartnerRole, Permissions> = {
  fullAdmin: {editTags: true, startTrial: true, managePartnerAdmins: true},
  admin: {editTags: true, startTrial: true, managePartnerAdmins: false},
  readOnly: {editTags: false, startTrial: false, managePartnerAdmins: false},
};

const ROLE_NAMES: Record<PartnerRole, string> = {
  fullAdmin: 'full administrator',
  admin: 'administrator',
  readOnly: 'read-only administrator',
};

const DEFAULT_TRIAL_DAYS = 30;
const MAX_TRIAL_DAYS = 90;
const MAX_TRIAL_LICENSES = 100_000;

export class InMemoryProvider implements PartnerHubDataProvider {
  readonly #dataset: PartnerDataset;
  readonly #prepared: PreparedDataset;
  readonly #index: CustomerIndex;
  readonly #latencyMs: number;
  readonly #listeners = new Set<ProviderListener>();
  #createdIds = 0;

  /** Validates (unless told not to) and indexes the dataset; throws `DatasetError` when invalid. */
  constructor(dataset: PartnerDataset, options: InMemoryProviderOptions = {}) {
    if (options.validate !== false) validateDataset(dataset);
    // Our own containers, so mutations never touch the host's objects.
    this.#dataset = {
      ...dataset,
      customers: [...dataset.customers],
      subscriptions: [...dataset.subscriptions],
      partnerAdmins: [...dataset.partnerAdmins],
    };
    this.#prepared = prepareDataset(this.#dataset, resolveAnalyticsOptions(options.analytics));
    this.#index = new CustomerIndex(this.#prepared);
    this.#latencyMs = Math.max(0, options.latencyMs ?? 0);
  }

  async getSession(options?: RequestOptions): Promise<Session> {
    await this.#respond(options);
    const viewer = this.#viewer();
    return {
      partner: {...this.#dataset.partner},
      viewer: {id: viewer.id, name: viewer.name, email: viewer.email},
      role: viewer.role,
      permissions: {...PERMISSIONS[viewer.role]},
      asOf: this.#dataset.asOf,
      tags: this.#dataset.tags.map((tag) => ({...tag})),
      products: [...this.#index.products],
    };
  }

  async listCustomers(query: CustomerQuery = {}, options?: RequestOptions): Promise<CustomerPage> {
    await this.#respond(options);
    return this.#index.query(query);
  }

  async getCustomer(id: string, options?: RequestOptions): Promise<CustomerDetail> {
    await this.#respond(options);
    const c = this.#prepared.customerById.get(id);
    const row = this.#index.row(id);
    if (c === undefined || !row) throw notFound(id);
    const {source, endMs} = this.#prepared.records;
    const isActive = (r: number) => Number(this.#isActive(r));
    const summaries = (kind: 'subscription' | 'trial') =>
      recordsOf(this.#prepared, c)
        .filter((r) => source[r]!.kind === kind)
        .sort((a, b) => isActive(b) - isActive(a) || endMs[a]! - endMs[b]!)
        .map((r) => this.#summary(r));
    const admins = this.#dataset.partnerAdmins;
    return {
      customer: row,
      subscriptions: summaries('subscription'),
      trials: summaries('trial').filter((trial) => trial.active),
      partnerAdmins: admins.filter((admin) => managesCustomer(admin, id)).map(adminSummary),
      assignableAdmins: admins.filter((admin) => !managesCustomer(admin, id)).map(adminSummary),
    };
  }

  async getOverviewKpis(options?: RequestOptions): Promise<OverviewKpis> {
    await this.#respond(options);
    return overviewKpis(this.#prepared);
  }

  async getSubscriptionAnalytics(product: AnalyticsProduct, options?: RequestOptions): Promise<SubscriptionAnalytics> {
    await this.#respond(options);
    if (!isAnalyticsProduct(product)) {
      throw new ProviderError('invalid', `Subscription analytics cover meetings and calling, not "${String(product)}".`);
    }
    return subscriptionAnalytics(this.#prepared, product);
  }

  async getCallingAnalytics(options?: RequestOptions): Promise<CallingAnalytics> {
    await this.#respond(options);
    return callingAnalytics(this.#prepared);
  }

  async getResources(options?: RequestOptions): Promise<ResourcesAnswer> {
    await this.#respond(options);
    const {quickLinks, featured, all, helpdesk} = this.#dataset.resources;
    const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
    return {
      quickLinks: quickLinks.map((resource) => ({...resource})),
      featured: featured.map((resource) => ({...resource})),
      all: all.map((resource) => ({...resource})),
      helpdesk: {...helpdesk},
      categories: distinct(all.map((resource) => resource.category)),
      products: distinct(all.map((resource) => resource.product)),
    };
  }

  async setCustomerTags(id: string, tagIds: string[], options?: RequestOptions): Promise<Tag[]> {
    await this.#respond(options);
    this.#requirePermission('editTags', 'edit customer tags');
    const c = this.#prepared.customerById.get(id);
    if (c === undefined) throw notFound(id);
    const unique = [...new Set(tagIds)];
    if (unique.length > MAX_TAGS_PER_CUSTOMER) {
      throw new ProviderError('invalid', `A customer can have at most ${MAX_TAGS_PER_CUSTOMER} tags; ${unique.length} were given.`);
    }
    const byId = new Map(this.#dataset.tags.map((tag) => [tag.id, tag]));
    const unknown = unique.filter((tagId) => !byId.has(tagId));
    if (unknown.length > 0) throw new ProviderError('invalid', `Unknown tag: ${unknown.join(', ')}. Choose from the partner's tag list.`);

    this.#dataset.customers[c] = {...this.#dataset.customers[c]!, tags: unique};
    this.#index.refreshCustomer(id);
    this.#notify({kind: 'tags', customerId: id});
    return unique.map((tagId) => ({...byId.get(tagId)!}));
  }

  async startTrial(request: StartTrialRequest, options?: RequestOptions): Promise<StartTrialResult> {
    await this.#respond(options);
    this.#requirePermission('startTrial', 'start trials');
    const {product, licenses} = request;
    const durationDays = request.durationDays ?? DEFAULT_TRIAL_DAYS;
    if (typeof product !== 'string' || product.trim() === '') throw new ProviderError('invalid', 'Choose a product for the trial.');
    if (!Number.isInteger(licenses) || licenses < 1 || licenses > MAX_TRIAL_LICENSES) {
      throw new ProviderError('invalid', `A trial needs a whole number of licences from 1 to ${MAX_TRIAL_LICENSES}.`);
    }
    if (!Number.isInteger(durationDays) || durationDays < 1 || durationDays > MAX_TRIAL_DAYS) {
      throw new ProviderError('invalid', `A trial lasts from 1 to ${MAX_TRIAL_DAYS} days.`);
    }

    const customerId = request.customerId ?? this.#addCustomer(request.customerName);
    const c = this.#prepared.customerById.get(customerId);
    if (c === undefined) throw notFound(customerId);
    const {source} = this.#prepared.records;
    const running = recordsOf(this.#prepared, c).find(
      (r) => this.#isActive(r) && source[r]!.kind === 'trial' && source[r]!.product === product,
    );
    if (running !== undefined) {
      const name = this.#dataset.customers[c]!.name;
      throw new ProviderError('conflict', `${name} already has a running ${product} trial (${source[running]!.id}).`);
    }

    const {asOfMs} = this.#prepared;
    const record: SubscriptionRecord = {
      id: this.#uniqueId('Trial-new-', (id) => this.#dataset.subscriptions.some((existing) => existing.id === id)),
      customerId,
      product,
      kind: 'trial',
      state: 'active',
      startDate: toIso(asOfMs),
      endDate: toIso(asOfMs + durationDays * DAY_MS),
      autoRenew: false,
      totalLicenses: licenses,
      licenseHistory: [],
    };
    this.#dataset.subscriptions.push(record);
    const r = addPreparedRecord(this.#prepared, record);
    this.#index.recordAdded(customerId, product);
    this.#notify({kind: 'trial', customerId});
    return {customerId, trial: this.#summary(r)};
  }

  async assignPartnerAdmin(customerId: string, adminId: string, options?: RequestOptions): Promise<AdminSummary[]> {
    await this.#respond(options);
    const admin = this.#adminForChange(customerId, adminId);
    if (!managesCustomer(admin, customerId)) {
      this.#replaceAdmin(admin, {...admin, customerIds: [...(admin.customerIds ?? []), customerId]});
      this.#notify({kind: 'partnerAdmins', customerId});
    }
    return this.#assignedAdmins(customerId);
  }

  async removePartnerAdmin(customerId: string, adminId: string, options?: RequestOptions): Promise<AdminSummary[]> {
    await this.#respond(options);
    const admin = this.#adminForChange(customerId, adminId);
    if (admin.allCustomers) {
      throw new ProviderError('conflict', `${admin.name} manages all customers; change that on the partner's Administrators page.`);
    }
    if (managesCustomer(admin, customerId)) {
      this.#replaceAdmin(admin, {...admin, customerIds: (admin.customerIds ?? []).filter((id) => id !== customerId)});
      this.#notify({kind: 'partnerAdmins', customerId});
    }
    return this.#assignedAdmins(customerId);
  }

  subscribe(listener: ProviderListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Waits for the simulated latency; rejects with the signal's reason once aborted. */
  async #respond(options: RequestOptions | undefined): Promise<void> {
    const signal = options?.signal;
    signal?.throwIfAborted();
    if (this.#latencyMs > 0) await delay(this.#latencyMs, signal);
    else await Promise.resolve();
    signal?.throwIfAborted();
  }

  #viewer(): PartnerAdmin {
    const viewer = this.#dataset.partnerAdmins.find((admin) => admin.id === this.#dataset.currentUser.adminId);
    if (!viewer) throw new ProviderError('notFound', 'The signed-in administrator is not in the partner data.');
    return viewer;
  }

  #requirePermission(permission: keyof Permissions, action: string): void {
    const {role} = this.#viewer();
    if (!PERMISSIONS[role][permission]) {
      throw new ProviderError('forbidden', `Your role (${ROLE_NAMES[role]}) may not ${action}.`);
    }
  }

  #adminForChange(customerId: string, adminId: string): PartnerAdmin {
    this.#requirePermission('managePartnerAdmins', "change a customer's partner administrators");
    if (!this.#prepared.customerById.has(customerId)) throw notFound(customerId);
    const admin = this.#dataset.partnerAdmins.find((candidate) => candidate.id === adminId);
    if (!admin) throw new ProviderError('notFound', `No partner administrator with id "${adminId}".`);
    return admin;
  }

  #replaceAdmin(previous: PartnerAdmin, next: PartnerAdmin): void {
    const admins = this.#dataset.partnerAdmins;
    admins[admins.indexOf(previous)] = next;
  }

  #assignedAdmins(customerId: string): AdminSummary[] {
    return this.#dataset.partnerAdmins.filter((admin) => managesCustomer(admin, customerId)).map(adminSummary);
  }

  /** A trial for a customer the partner does not manage yet starts by creating that customer. */
  #addCustomer(name: string | undefined): string {
    const trimmed = name?.trim() ?? '';
    if (trimmed === '') throw new ProviderError('invalid', 'Give the new customer a name, or choose an existing customer.');
    const id = this.#uniqueId('cust-new-', (candidate) => this.#prepared.customerById.has(candidate));
    const customer: Customer = {id, name: trimmed, managedBy: 'partner', tags: [], lastAdminActivity: null, orgId: `org-${id}`};
    this.#dataset.customers.push(customer);
    addPreparedCustomer(this.#prepared, customer);
    this.#index.rebuild();
    return id;
  }

  #uniqueId(prefix: string, taken: (id: string) => boolean): string {
    let id: string;
    do id = `${prefix}${++this.#createdIds}`;
    while (taken(id));
    return id;
  }

  #isActive(r: number): boolean {
    return (this.#prepared.records.flags[r]! & RECORD_ACTIVE) !== 0;
  }

  #summary(r: number): SubscriptionSummary {
    const {records} = this.#prepared;
    const record = records.source[r]!;
    const autoRenews = (records.flags[r]! & RECORD_AUTO_RENEWS) !== 0;
    const assigned = records.assigned[r]!;
    return {
      id: record.id,
      product: record.product,
      kind: record.kind,
      state: record.state,
      active: this.#isActive(r),
      startDate: record.startDate,
      endDate: record.endDate,
      autoRenew: autoRenews,
      renewalDate: autoRenews ? record.endDate : null,
      daysUntilEnd: daysUntil(this.#prepared.asOfMs, records.endMs[r]!),
      totalLicenses: record.totalLicenses,
      assigned,
      used: records.used[r]!,
      available: Math.max(record.totalLicenses - assigned, 0),
      ...(record.invoice ? {invoice: {...record.invoice}} : {}),
      orders: (record.orders ?? []).map((order) => ({...order})),
    };
  }

  #notify(change: ProviderChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One broken listener must not stop the others or undo the change; surface it as uncaught.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }
}

function managesCustomer(admin: PartnerAdmin, customerId: string): boolean {
  return admin.allCustomers === true || (admin.customerIds ?? []).includes(customerId);
}

function adminSummary(admin: PartnerAdmin): AdminSummary {
  return {id: admin.id, name: admin.name, email: admin.email, role: admin.role, allCustomers: admin.allCustomers === true};
}

function notFound(customerId: string): ProviderError {
  return new ProviderError('notFound', `No customer with id "${customerId}".`);
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, {once: true});
  });
}
