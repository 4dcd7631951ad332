/**
 * The raw data contract: one `PartnerDataset` JSON document (SPEC §2.1).
 * Everything the kit shows is computed from it by the analytics module.
 */

/** The only schema version this kit reads. */
export const SCHEMA_VERSION = 1;

/** ISO 8601 date or date-time string (e.g. `2026-11-20T12:00:00Z`). */
export type IsoDateTime = string;

/** Products known to the kit. The set is extensible: any other non-empty string is accepted. */
export type KnownProduct = 'meetings' | 'calling' | 'messaging' | 'translation';
export type ProductId = KnownProduct | (string & {});
/** The two products the product toggle and subscription analytics cover. */
export type AnalyticsProduct = 'meetings' | 'calling';
export const ANALYTICS_PRODUCTS: readonly AnalyticsProduct[] = ['meetings', 'calling'];

export type RecordKind = 'subscription' | 'trial';
export const RECORD_KINDS: readonly RecordKind[] = ['subscription', 'trial'];

export type SubscriptionState = 'active' | 'pendingSetup' | 'suspended' | 'cancelled';
export const SUBSCRIPTION_STATES: readonly SubscriptionState[] = ['active', 'pendingSetup', 'suspended', 'cancelled'];

export type ManagedBy = 'partner' | 'external';
export const MANAGED_BY: readonly ManagedBy[] = ['partner', 'external'];

export type PartnerRole = 'fullAdmin' | 'admin' | 'readOnly';
export const PARTNER_ROLES: readonly PartnerRole[] = ['fullAdmin', 'admin', 'readOnly'];

export const MAX_TAGS_PER_CUSTOMER = 5;
export const MAX_TAG_LABEL_LENGTH = 25;

export interface Partner {
  id: string;
  name: string;
}

export interface Customer {
  id: string;
  name: string;
  managedBy: ManagedBy;
  /** Tag ids (at most 5). */
  tags: string[];
  /** Last time an admin of the customer's organisation signed in; null when never. */
  lastAdminActivity: IsoDateTime | null;
  orgId: string;
  /** Where "launch organisation" goes; optional. */
  launchUrl?: string;
}

/** One weekly licence snapshot of a subscription. */
export interface LicenseSnapshot {
  weekStart: IsoDateTime;
  assigned: number;
  /** Licences used during that week. */
  used: number;
}

export interface Invoice {
  id: string;
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  url: string;
}

export interface Order {
  id: string;
  date: IsoDateTime;
  description: string;
  quantity: number;
}

/** A subscription or trial ("record"). */
export interface SubscriptionRecord {
  id: string;
  customerId: string;
  product: ProductId;
  kind: RecordKind;
  state: SubscriptionState;
  startDate: IsoDateTime;
  endDate: IsoDateTime;
  /** Ignored for trials: trials never auto-renew. */
  autoRenew: boolean;
  totalLicenses: number;
  /** Weekly snapshots, newest last. */
  licenseHistory: LicenseSnapshot[];
  invoice?: Invoice;
  orders?: Order[];
}

export interface Tag {
  id: string;
  /** At most 25 characters. */
  label: string;
  /** Any CSS colour; optional. */
  color?: string;
}

export interface PartnerAdmin {
  id: string;
  name: string;
  email: string;
  role: PartnerRole;
  /** Customers this admin is assigned to (ignored when `allCustomers` is true). */
  customerIds?: string[];
  /** True when the admin manages every customer. */
  allCustomers?: boolean;
}

export interface CurrentUser {
  adminId: string;
}

export interface UsersByVolume {
  high: number;
  medium: number;
  low: number;
}

export interface EndpointCalls {
  callsWithMedia: number;
  goodCalls: number;
}

export interface CallQueueWeek {
  queues: number;
  offered: number;
  answered: number;
  abandoned: number;
  avgTimeToAnswerSec: number;
  avgWaitBeforeAbandonSec: number;
}

/** One customer's calling activity for one week (weeks start Sunday 00:00 UTC). */
export interface CallingWeek {
  customerId: string;
  weekStart: IsoDateTime;
  activeUsers: number;
  usersByVolume: UsersByVolume;
  calls: number;
  minutes: number;
  callsWithMedia: number;
  goodCalls: number;
  avgJitterMs: number;
  avgLatencyMs: number;
  avgPacketLossPct: number;
  /** Endpoint type (e.g. `desktop`, `mobile`, `deskPhone`) → calls. */
  byEndpoint: Record<string, EndpointCalls>;
  /** Feature (e.g. `callQueue`, `huntGroup`) → calls that used it. */
  featureCalls: Record<string, number>;
  queue?: CallQueueWeek;
}

export interface Resource {
  title: string;
  url: string;
  category: string;
  product: string;
}

export interface Helpdesk {
  url: string;
  phone?: string;
}

export interface Resources {
  quickLinks: Resource[];
  featured: Resource[];
  all: Resource[];
  helpdesk: Helpdesk;
}

export interface PartnerDataset {
  schemaVersion: typeof SCHEMA_VERSION;
  asOf: IsoDateTime;
  partner: Partner;
  customers: Customer[];
  subscriptions: SubscriptionRecord[];
  tags: Tag[];
  partnerAdmins: PartnerAdmin[];
  currentUser: CurrentUser;
  calling: CallingWeek[];
  resources: Resources;
}
