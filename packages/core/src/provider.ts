/**
 * `PartnerHubDataProvider`: what widgets call (SPEC §2.2), and the shapes of its answers.
 * Field names follow SPEC §3's KPI ids so an integrator can map them by reading the spec.
 */
import type {
  AnalyticsProduct,
  CallQueueWeek,
  Helpdesk,
  Invoice,
  IsoDateTime,
  ManagedBy,
  Order,
  Partner,
  PartnerRole,
  ProductId,
  RecordKind,
  Resource,
  SubscriptionState,
  Tag,
} from './model.ts';

/** Every provider method accepts an AbortSignal; an aborted call rejects with an `AbortError`. */
export interface RequestOptions {
  signal?: AbortSignal;
}

// ---------------------------------------------------------------------------------------------
// Session

export interface Permissions {
  /** Add and remove customer tags (`fullAdmin`, `admin`). */
  editTags: boolean;
  /** Start trials (`fullAdmin`, `admin`). */
  startTrial: boolean;
  /** Assign and remove partner administrators of a customer (`fullAdmin`). */
  managePartnerAdmins: boolean;
}

export interface Session {
  partner: Partner;
  viewer: {id: string; name: string; email: string};
  role: PartnerRole;
  permissions: Permissions;
  /** Snapshot time of the data; every "days until" is counted from it. */
  asOf: IsoDateTime;
  /** The partner's tag list (what tags can be chosen from). */
  tags: Tag[];
  /** Products that appear in the data, for the product filter. */
  products: ProductId[];
}

// ---------------------------------------------------------------------------------------------
// Customer list

/** Customer statuses in severity order, most severe first (SPEC §3). */
export const CUSTOMER_STATUSES = [
  'suspended',
  'licenseOverage',
  'expiringSoon',
  'expired',
  'readyForSetup',
  'noRecentActivity',
  'trial',
  'subscription',
] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** Why a customer has a status: the record (or activity date) behind it. */
export interface CustomerStatusInfo {
  status: CustomerStatus;
  /** The record that causes it (the most pressing one when several do). */
  subscriptionId?: string;
  product?: ProductId;
  /** The record's end date (`expiringSoon`) or the last admin activity (`noRecentActivity`). */
  date?: IsoDateTime | null;
  /** Days until the end (`expiringSoon`) or since the last activity (`noRecentActivity`). */
  days?: number;
  /** Licence counts of the record (`licenseOverage`). */
  assigned?: number;
  total?: number;
}

export interface LicenseCounts {
  total: number;
  assigned: number;
  used: number;
}

/** The next end among a customer's active records. */
export interface NextEnd {
  date: IsoDateTime;
  /** True when that record auto-renews (a renewal), false when it expires. */
  autoRenew: boolean;
  subscriptionId: string;
  product: ProductId;
  daysUntil: number;
}

export interface CustomerRow {
  id: string;
  name: string;
  orgId: string;
  managedBy: ManagedBy;
  /** Statuses, most severe first. */
  statuses: CustomerStatusInfo[];
  /** Distinct products over all the customer's records, in a stable order. */
  products: ProductId[];
  tags: Tag[];
  /** Sums over the customer's active records (latest snapshots). */
  licenses: LicenseCounts;
  nextEnd: NextEnd | null;
  lastAdminActivity: IsoDateTime | null;
  launchUrl?: string;
}

export const CUSTOMER_SORT_KEYS = ['name', 'status', 'products', 'tags', 'licenses', 'nextEnd'] as const;
export type CustomerSortKey = (typeof CUSTOMER_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export const OVERVIEW_KPI_IDS = [
  'totalCustomers',
  'nearingExpiration',
  'nearingRenewal',
  'lowAssignment',
  'overLimit',
] as const;
export type OverviewKpiId = (typeof OVERVIEW_KPI_IDS)[number];

/** Within one filter the values are alternatives (OR); different filters combine with AND. */
export interface CustomerFilters {
  status?: CustomerStatus[];
  product?: ProductId[];
  managedBy?: ManagedBy[];
  /** Customers with an active record of that kind. */
  subscriptionType?: RecordKind[];
  /** Tag ids. */
  tags?: string[];
  /** Only the customers an overview KPI counts (what activating a KPI tile shows). */
  kpi?: OverviewKpiId;
}

export interface CustomerQuery {
  /** Case- and diacritic-insensitive text over name, org id, subscription ids and tag labels. */
  search?: string;
  filters?: CustomerFilters;
  sort?: {key: CustomerSortKey; direction: SortDirection};
  offset?: number;
  /** Page size; default 50. */
  limit?: number;
}

export interface FacetCount<V extends string = string> {
  value: V;
  count: number;
}

/**
 * Per filter value, how many customers match the search and every *other* filter with this value
 * added to its own filter (the usual faceted-search count).
 */
export interface CustomerFacets {
  status: FacetCount<CustomerStatus>[];
  product: FacetCount<ProductId>[];
  managedBy: FacetCount<ManagedBy>[];
  subscriptionType: FacetCount<RecordKind>[];
  tags: FacetCount[];
}

export interface CustomerPage {
  items: CustomerRow[];
  /** Customers matching the query (all pages). */
  total: number;
  offset: number;
  limit: number;
  facets: CustomerFacets;
}

// ---------------------------------------------------------------------------------------------
// Customer detail

export interface SubscriptionSummary {
  id: string;
  product: ProductId;
  kind: RecordKind;
  state: SubscriptionState;
  active: boolean;
  startDate: IsoDateTime;
  endDate: IsoDateTime;
  /** False for trials whatever the data says. */
  autoRenew: boolean;
  /** The end date when the record auto-renews, else null. */
  renewalDate: IsoDateTime | null;
  /** Whole days until the end date, rounded up (negative once ended). */
  daysUntilEnd: number;
  totalLicenses: number;
  assigned: number;
  used: number;
  available: number;
  invoice?: Invoice;
  orders: Order[];
}

export interface AdminSummary {
  id: string;
  name: string;
  email: string;
  role: PartnerRole;
  /** Assigned to every customer; cannot be removed from one. */
  allCustomers: boolean;
}

export interface CustomerDetail {
  customer: CustomerRow;
  /** Records of kind `subscription`, active ones first. */
  subscriptions: SubscriptionSummary[];
  /** Running (active) trials. */
  trials: SubscriptionSummary[];
  /** Partner administrators who manage this customer. */
  partnerAdmins: AdminSummary[];
  /** Partner administrators who could be assigned to it. */
  assignableAdmins: AdminSummary[];
}

// ---------------------------------------------------------------------------------------------
// Analytics answers

export interface AnalyticsRules {
  /** "Within the next N days" of the nearing/expiring/renewing KPIs (90). */
  windowDays: number;
  /** Low assignment: a record is flagged below factor × the peer median (0.5). */
  lowAssignmentFactor: number;
  /** Low assignment: minimum age of a record in days (30). */
  lowAssignmentMinAgeDays: number;
  expiringSoonDays: number;
  noRecentActivityDays: number;
}

export interface OverviewKpis {
  asOf: IsoDateTime;
  totalCustomers: number;
  nearingExpiration: number;
  nearingRenewal: number;
  lowAssignment: number;
  overLimit: number;
  rules: AnalyticsRules;
}

export interface LicenseTrendPoint {
  weekStart: IsoDateTime;
  /** Σ totalLicenses of the records with an entry that week. */
  total: number;
  assigned: number;
  used: number;
}

/** Columns shared by every subscription-section row. */
export interface SubscriptionRowBase {
  customerId: string;
  customerName: string;
  subscriptionId: string;
  kind: RecordKind;
  totalLicenses: number;
  assigned: number;
  used: number;
  /** max(total − assigned, 0) */
  available: number;
}

export interface RecentlyAddedRow extends SubscriptionRowBase {
  daysSinceAdded: number;
  weeklyAssignmentChange: number | null;
  weeklyUsageChange: number | null;
}

export interface EndingRow extends SubscriptionRowBase {
  /** Days until expiration (expiring) or renewal (renewing), rounded up. */
  daysUntilEnd: number;
  endDate: IsoDateTime;
  /** Highest weekly `used` in the last 13 weeks. */
  usageLast3Months: number;
}

export interface LowAssignmentRow extends SubscriptionRowBase {
  monthsSinceAdded: number;
  /** assigned / total */
  assignedRate: number | null;
  weeklyAssignmentChange: number | null;
}

export interface OverLimitRow extends SubscriptionRowBase {
  monthsRemaining: number;
  autoRenew: boolean;
  assignedRate: number | null;
  usedRate: number | null;
}

export interface SubscriptionAnalytics {
  product: AnalyticsProduct;
  asOf: IsoDateTime;
  rules: AnalyticsRules;
  /** 13 weeks, oldest first, ending with the week that contains asOf. */
  licenseTrend: LicenseTrendPoint[];
  recentlyAdded: {newCustomers: number; totalLicenses: number; rows: RecentlyAddedRow[]};
  expiring: {expiringCustomers: number; assignmentRate: number | null; usageRate: number | null; rows: EndingRow[]};
  renewing: {renewingCustomers: number; assignmentRate: number | null; usageRate: number | null; rows: EndingRow[]};
  lowAssignment: {
    lowAssignmentCustomers: number;
    assignmentRate: number | null;
    usageWhenAssignedRate: number | null;
    unassignedLicenses: number;
    /** Median assigned/total of the peer group the rule compared against; null without peers. */
    peerMedian: number | null;
    rows: LowAssignmentRow[];
  };
  overLimit: {overageCustomers: number; overageLicenses: number; averageOverage: number | null; rows: OverLimitRow[]};
}

export interface CallingUsagePoint {
  weekStart: IsoDateTime;
  high: number;
  medium: number;
  low: number;
}

export interface CustomerUsageRow {
  customerId: string;
  customerName: string;
  /** Σ over the customer's active calling records (latest snapshots). */
  assignedLicenses: number;
  totalLicenses: number;
  activeUsers: number | null;
  calls: number | null;
  minutes: number | null;
  callsPerActiveUser: number | null;
  /** Calls last week minus the week before; null when either is missing. */
  callsChange: number | null;
  /** Calls per week over the 8 weeks, oldest first; null where there is no data. */
  callsByWeek: (number | null)[];
}

export interface CallQualityPoint {
  weekStart: IsoDateTime;
  callsWithMedia: number;
  poorCalls: number;
  poorRate: number | null;
}

export interface EndpointQuality {
  endpoint: string;
  callsWithMedia: number;
  poorCalls: number;
  poorRate: number | null;
}

export interface CustomerQualityRow {
  customerId: string;
  customerName: string;
  callsWithMedia: number | null;
  poorCalls: number | null;
  poorRate: number | null;
  avgJitterMs: number | null;
  avgLatencyMs: number | null;
  avgPacketLossPct: number | null;
  /** Endpoint type with the highest poor rate last week. */
  worstEndpoint: string | null;
  /** Poor rate last week minus the week before. */
  poorRateChange: number | null;
}

export interface FeatureUsage {
  feature: string;
  calls: number;
}

export interface QueueRow extends CallQueueWeek {
  customerId: string;
  customerName: string;
  abandonRate: number | null;
}

export interface QualityThresholds {
  packetLossPct: number;
  latencyMs: number;
  jitterMs: number;
}

export interface CallingAnalytics {
  asOf: IsoDateTime;
  /** Start of "last week": the latest Sunday-started week that ended at or before asOf. */
  lastWeekStart: IsoDateTime;
  /** End of last week: what "data as of" shows. */
  dataAsOf: IsoDateTime;
  /** The 8 week starts, oldest first. */
  weeks: IsoDateTime[];
  /** Customers with at least one calling record. */
  callingCustomers: number;
  usageTrend: CallingUsagePoint[];
  customersUsage: CustomerUsageRow[];
  qualityTrend: CallQualityPoint[];
  endpointQuality: EndpointQuality[];
  customersQuality: CustomerQualityRow[];
  featureUsage: FeatureUsage[];
  queue: {
    /** Customers with queue data last week. */
    queueCustomers: number;
    avgTimeToAnswer: number | null;
    avgWaitBeforeAbandon: number | null;
    abandonRate: number | null;
    rows: QueueRow[];
  };
  qualityThresholds: QualityThresholds;
}

export interface ResourcesAnswer {
  quickLinks: Resource[];
  featured: Resource[];
  all: Resource[];
  helpdesk: Helpdesk;
  categories: string[];
  products: string[];
}

// ---------------------------------------------------------------------------------------------
// Mutations

export interface StartTrialRequest {
  /** Existing customer; omit to start a trial for a new customer named `customerName`. */
  customerId?: string;
  customerName?: string;
  product: ProductId;
  licenses: number;
  /** Trial length; default 30 days. */
  durationDays?: number;
}

export interface StartTrialResult {
  customerId: string;
  trial: SubscriptionSummary;
}

/** What changed, passed to `subscribe` listeners. */
export interface ProviderChange {
  kind: 'tags' | 'trial' | 'partnerAdmins' | 'dataset';
  customerId?: string;
}

export type ProviderListener = (change: ProviderChange) => void;

export interface PartnerHubDataProvider {
  getSession(options?: RequestOptions): Promise<Session>;
  listCustomers(query: CustomerQuery, options?: RequestOptions): Promise<CustomerPage>;
  getCustomer(id: string, options?: RequestOptions): Promise<CustomerDetail>;
  getOverviewKpis(options?: RequestOptions): Promise<OverviewKpis>;
  getSubscriptionAnalytics(product: AnalyticsProduct, options?: RequestOptions): Promise<SubscriptionAnalytics>;
  getCallingAnalytics(options?: RequestOptions): Promise<CallingAnalytics>;
  getResources(options?: RequestOptions): Promise<ResourcesAnswer>;
  setCustomerTags(id: string, tagIds: string[], options?: RequestOptions): Promise<Tag[]>;
  startTrial(request: StartTrialRequest, options?: RequestOptions): Promise<StartTrialResult>;
  assignPartnerAdmin(customerId: string, adminId: string, options?: RequestOptions): Promise<AdminSummary[]>;
  removePartnerAdmin(customerId: string, adminId: string, options?: RequestOptions): Promise<AdminSummary[]>;
  /** Called after every data change; returns the unsubscribe function. */
  subscribe(listener: ProviderListener): () => void;
}

/** Why a provider refused a call. `message` is written for a person. */
export type ProviderErrorCode = 'forbidden' | 'notFound' | 'invalid' | 'conflict';

export class ProviderError extends Error {
  readonly code: ProviderErrorCode;
  constructor(code: ProviderErrorCode, message: string) {
    super(message);
    this.name = 'ProviderError';
    this.code = code;
  }
}
