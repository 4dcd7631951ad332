/**
 * Seeded demo-data generator (SPEC §2.1): a realistic `PartnerDataset` of 0 to 1,000,000 customers,
 * deep-equal for the same options. No `Math.random`, no wall clock: every date is counted from `asOf`.
 *
 * The first customers are fixed edge cases (`EDGE_CASE_CUSTOMERS`), one SPEC §3 status, boundary or
 * data shape each, so even a small dataset shows every one; the rest are drawn at random.
 *
 * Built for a million customers in a 2 GB heap: week and date strings are shared, objects are created
 * with the same properties in the same order, arrays get their final length up front, and numbers stay
 * small integers (V8 stores those inline) except the few that are fractions by nature. Small value
 * objects that recur by the million — licence snapshots, users-by-volume, per-feature and
 * per-endpoint counts of small customers — are shared between entries and frozen, so an accidental in-place edit throws
 * instead of changing many entries at once.
 */
import type {
  CallQueueWeek,
  CallingWeek,
  Customer,
  EndpointCalls,
  Invoice,
  LicenseSnapshot,
  ManagedBy,
  Order,
  PartnerAdmin,
  PartnerDataset,
  PartnerRole,
  ProductId,
  RecordKind,
  Resource,
  Resources,
  SubscriptionRecord,
  SubscriptionState,
  Tag,
  UsersByVolume,
} from './model.ts';
import {MAX_TAGS_PER_CUSTOMER, SCHEMA_VERSION} from './model.ts';
import {DAY_MS, WEEK_MS, addMonthsUtc, parseIsoDate, sundayWeekStart, toIso} from './time.ts';
import type {NamePicker, NameStyle, NameStyleId} from './generate-names.ts';
import {ADMIN_PEOPLE, NAME_STYLES, PARTNERS, TAG_MATERIAL} from './generate-names.ts';

export interface GenerateOptions {
  /** Same seed, same dataset. A number and its decimal string are the same seed. Default 1. */
  seed?: number | string;
  /** Number of customers, 0 to 1,000,000. Default 2000. */
  customers?: number;
  /** Snapshot time of the dataset. Default `DEFAULT_AS_OF`. */
  asOf?: string | Date;
}

/** A Wednesday, so the dataset has an unfinished current week. */
export const DEFAULT_AS_OF = '2026-11-18T12:00:00.000Z';
export const DEFAULT_CUSTOMER_COUNT = 2000;
export const MAX_GENERATED_CUSTOMERS = 1_000_000;

/** Licence history covers the 13 weeks ending with the week that contains `asOf` (SPEC §3 trend). */
const HISTORY_WEEKS = 13;
const CURRENT_WEEK = HISTORY_WEEKS - 1;
/** The 8 complete weeks the calling charts show. */
const CALLING_COMPLETE_WEEKS = 8;
const FIRST_CALLING_WEEK = CURRENT_WEEK - CALLING_COMPLETE_WEEKS;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** FNV-1a over the UTF-16 code units, then a murmur3 finaliser so near seeds land far apart. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** mulberry32: tiny, fast and good enough for demo data. */
class Random implements NamePicker {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), this.state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  index(length: number): number {
    return Math.floor(this.next() * length);
  }

  /** Uniform integer in `min .. max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** Log-uniform: every order of magnitude between min and max is equally likely. */
  logBetween(min: number, max: number): number {
    return Math.exp(this.between(Math.log(min), Math.log(max)));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.index(items.length)] as T;
  }

  pickWeighted<T extends {weight: number}>(items: readonly T[]): T {
    let rest = this.next() * totalWeight(items);
    for (const item of items) {
      rest -= item.weight;
      if (rest < 0) return item;
    }
    return items[items.length - 1] as T;
  }
}

function totalWeight(items: readonly {weight: number}[]): number {
  let total = 0;
  for (const item of items) total += item.weight;
  return total;
}

// ---------------------------------------------------------------------------------------------
// Plans: what a customer and its records should look like, before the objects are built

type LicenceProfile = 'typical' | 'low' | 'overage' | 'unassigned' | 'noHistory';
type QueueUse = 'none' | 'busy' | 'idle';

interface RecordPlan {
  product: ProductId;
  kind: RecordKind;
  state: SubscriptionState;
  startMs: number;
  endMs: number;
  autoRenew: boolean;
  totalLicenses: number;
  licences: LicenceProfile;
}

interface CallingPlan {
  /** False for calling customers whose calling data is missing altogether. */
  hasData: boolean;
  /** Also write the unfinished week that contains asOf (analytics must ignore it). */
  currentWeek: boolean;
  /** History week index of a complete week left out, or -1. */
  missingWeek: number;
  /** Share of calls with media that are poor. */
  poorRate: number;
  queue: QueueUse;
}

interface CustomerPlan {
  name: string;
  style: NameStyle;
  managedBy: ManagedBy;
  tagCount: number;
  lastAdminActivityMs: number | null;
  hasLaunchUrl: boolean;
  calling: CallingPlan;
  records: RecordPlan[];
}

// ---------------------------------------------------------------------------------------------
// Forced edge cases

interface EdgeRecord {
  product: ProductId;
  kind?: RecordKind;
  state?: SubscriptionState;
  /** Start and end in days from asOf (exact: fractions and boundaries allowed). */
  startDays: number;
  endDays: number;
  autoRenew?: boolean;
  totalLicenses?: number;
  licences?: LicenceProfile;
}

interface EdgeCase {
  /** What this customer demonstrates. */
  covers: string;
  name?: string;
  style?: NameStyleId;
  seats?: number;
  managedBy?: ManagedBy;
  tagCount?: number;
  /** Days before asOf; null = never. Default: 2 days. */
  lastActivityDays?: number | null;
  hasLaunchUrl?: boolean;
  calling?: Partial<CallingPlan>;
  records: EdgeRecord[];
}

const DUPLICATE_NAME = 'Müller & Söhne GmbH';
const LONG_NAME =
  'Gemeinnützige Gesellschaft für Forschung, Entwicklung und Qualitätssicherung ' +
  'in der Lebensmittelverarbeitung Nordrhein-Westfalen mbH';

const EDGE_CASES: readonly EdgeCase[] = [
  {
    covers: 'subscription: meetings and calling, auto-renewing; calling data with the unfinished current week and queues',
    name: DUPLICATE_NAME,
    style: 'de',
    seats: 120,
    calling: {currentWeek: true, queue: 'busy'},
    records: [
      {product: 'meetings', startDays: -200, endDays: 530, autoRenew: true},
      {product: 'calling', startDays: -200, endDays: 530, autoRenew: true},
    ],
  },
  {
    covers: 'trial ending within 30 days whose autoRenew flag is set (ignored: trials never auto-renew)',
    name: "Société Générale d'Écluses",
    style: 'fr',
    records: [{product: 'meetings', kind: 'trial', startDays: -10, endDays: 20, autoRenew: true, totalLicenses: 25}],
  },
  {
    covers: 'expiringSoon: ends exactly asOf + 30 days, no auto-renew',
    name: 'Åkesson Bygg AB',
    style: 'sv',
    records: [{product: 'meetings', startDays: -335, endDays: 30}],
  },
  {
    covers: 'renewing: auto-renews exactly asOf + 90 days',
    name: '株式会社山田製作所',
    style: 'ja',
    records: [{product: 'meetings', startDays: -275, endDays: 90, autoRenew: true}],
  },
  {
    covers: 'expiring within 90 days (not within 30), beside a calling subscription that renews later',
    name: 'Đorđević Logistika d.o.o.',
    style: 'sr-Latn',
    records: [
      {product: 'meetings', startDays: -305, endDays: 60},
      {product: 'calling', startDays: -300, endDays: 400, autoRenew: true},
    ],
  },
  {
    covers: 'licenseOverage on calling; calling quality poor (over 20 % poor calls)',
    name: 'Ђорђевић Логистика д.о.о.',
    style: 'sr-Cyrl',
    seats: 60,
    calling: {poorRate: 0.27},
    records: [{product: 'calling', startDays: -180, endDays: 185, autoRenew: true, licences: 'overage'}],
  },
  {
    covers: 'noRecentActivity: no admin ever signed in',
    name: 'Harbor Point Dental Group Ltd',
    style: 'en',
    lastActivityDays: null,
    records: [{product: 'meetings', startDays: -150, endDays: 215, autoRenew: true}],
  },
  {
    covers: 'noRecentActivity: last admin activity 45 days ago',
    lastActivityDays: 45,
    records: [{product: 'meetings', startDays: -400, endDays: 330, autoRenew: true}],
  },
  {
    covers: 'last admin activity exactly 30 days ago (not "more than 30": no noRecentActivity)',
    lastActivityDays: 30,
    records: [{product: 'meetings', startDays: -120, endDays: 245, autoRenew: true}],
  },
  {
    covers: 'readyForSetup only (start in the future, no history): also expired',
    lastActivityDays: null,
    records: [{product: 'meetings', state: 'pendingSetup', startDays: 7, endDays: 372, licences: 'noHistory'}],
  },
  {
    covers: 'readyForSetup beside an active subscription',
    records: [
      {product: 'meetings', startDays: -250, endDays: 480, autoRenew: true},
      {product: 'calling', state: 'pendingSetup', startDays: -5, endDays: 360, licences: 'noHistory'},
    ],
  },
  {
    covers: 'suspended calling subscription beside an active meetings one',
    records: [
      {product: 'meetings', startDays: -100, endDays: 265, autoRenew: true},
      {product: 'calling', state: 'suspended', startDays: -100, endDays: 265},
    ],
  },
  {
    covers: 'expired: the only record ends exactly at asOf',
    records: [{product: 'meetings', startDays: -365, endDays: 0}],
  },
  {
    covers: 'expired: cancelled records only (one ended 40 days ago, one 200 days ago)',
    records: [
      {product: 'meetings', state: 'cancelled', startDays: -405, endDays: -40},
      {product: 'calling', state: 'cancelled', startDays: -565, endDays: -200},
    ],
  },
  {
    covers: 'zero-licence active subscription',
    records: [{product: 'meetings', startDays: -90.5, endDays: 274.5, totalLicenses: 0, licences: 'unassigned'}],
  },
  {
    covers: 'zero-licence subscription with licences assigned (overage with total 0: rates are null)',
    records: [{product: 'calling', startDays: -60, endDays: 305, totalLicenses: 0, licences: 'overage'}],
  },
  {
    covers: 'messaging-only customer (not counted by the overview KPIs)',
    records: [{product: 'messaging', startDays: -210, endDays: 155, autoRenew: true}],
  },
  {
    covers: 'messaging and translation only (not counted by the overview KPIs)',
    records: [
      {product: 'messaging', startDays: -80, endDays: 285},
      {product: 'translation', startDays: -80, endDays: 285},
    ],
  },
  {
    covers: 'meetings with translation',
    records: [
      {product: 'meetings', startDays: -500, endDays: 230, autoRenew: true},
      {product: 'translation', startDays: -45, endDays: 230, autoRenew: true},
    ],
  },
  {
    covers: 'calling customer without any calling data',
    calling: {hasData: false},
    records: [{product: 'calling', startDays: -240, endDays: 125, autoRenew: true}],
  },
  {
    covers: 'calling data missing for last week',
    calling: {missingWeek: CURRENT_WEEK - 1},
    records: [{product: 'calling', startDays: -330, endDays: 35, autoRenew: true}],
  },
  {
    covers: 'call queue that was offered no calls (abandon rate null)',
    calling: {queue: 'idle'},
    records: [{product: 'calling', startDays: -420, endDays: 310, autoRenew: true}],
  },
  {
    covers: 'calling licences all unassigned: calling weeks with zero calls',
    records: [{product: 'calling', startDays: -150, endDays: 215, licences: 'unassigned'}],
  },
  {
    covers: 'low assignment, started exactly 30 days before asOf (old enough for the rule)',
    seats: 400,
    records: [{product: 'meetings', startDays: -30, endDays: 335, licences: 'low'}],
  },
  {
    covers: 'low assignment but started 29 days ago (too young for the rule)',
    seats: 400,
    records: [{product: 'meetings', startDays: -29, endDays: 336, licences: 'low'}],
  },
  {
    covers: 'recently added: started exactly 90 days before asOf',
    records: [{product: 'meetings', startDays: -90, endDays: 275, autoRenew: true}],
  },
  {
    covers: 'started 91 days before asOf (just outside "recently added")',
    records: [{product: 'meetings', startDays: -91, endDays: 274, autoRenew: true}],
  },
  {
    covers: 'active subscription without any licence history (assigned = used = 0)',
    records: [{product: 'meetings', startDays: -200, endDays: 165, licences: 'noHistory'}],
  },
  {
    covers: 'starts exactly at asOf (active, no snapshot yet)',
    records: [{product: 'calling', startDays: 0, endDays: 365, autoRenew: true}],
  },
  {
    covers: 'trial and subscription at once (calling trial beside meetings subscription)',
    records: [
      {product: 'meetings', startDays: -380, endDays: 350, autoRenew: true},
      {product: 'calling', kind: 'trial', startDays: -20, endDays: 40, totalLicenses: 50},
    ],
  },
  {
    covers: 'trial with more licences assigned than it has',
    records: [{product: 'meetings', kind: 'trial', startDays: -35, endDays: 55, totalLicenses: 100, licences: 'overage'}],
  },
  {
    covers: 'huge customer: tens of thousands of licences',
    name: 'Northwind Global Logistics plc',
    style: 'en',
    seats: 25_000,
    calling: {queue: 'busy', currentWeek: true},
    records: [
      {product: 'meetings', startDays: -700, endDays: 395, autoRenew: true},
      {product: 'calling', startDays: -700, endDays: 395, autoRenew: true},
      {product: 'messaging', startDays: -300, endDays: 395, autoRenew: true},
    ],
  },
  {
    covers: 'very long name and the maximum of 5 tags',
    name: LONG_NAME,
    style: 'de',
    tagCount: MAX_TAGS_PER_CUSTOMER,
    records: [{product: 'meetings', startDays: -60, endDays: 305, autoRenew: true}],
  },
  {
    covers: 'markup in a name (must render as text)',
    name: '<img src=x onerror=alert(1)>',
    style: 'en',
    records: [{product: 'meetings', startDays: -30.25, endDays: 334.75}],
  },
  {
    covers: 'same name as the first customer (names may repeat, ids never)',
    name: DUPLICATE_NAME,
    style: 'de',
    records: [{product: 'calling', startDays: -33, endDays: 697, autoRenew: true}],
  },
  {
    covers: 'managed by an external admin, no launch URL',
    managedBy: 'external',
    hasLaunchUrl: false,
    records: [{product: 'meetings', startDays: -180, endDays: 185, autoRenew: true}],
  },
  {
    covers: 'customer without any record (expired; outside the overview KPIs)',
    lastActivityDays: 400,
    records: [],
  },
  {
    covers: 'expired: auto-renewing record that ended 3 days ago without renewing',
    records: [{product: 'meetings', startDays: -368, endDays: -3, autoRenew: true}],
  },
  {
    covers: 'ends 12 hours after asOf (days until rounds up to 1)',
    records: [{product: 'meetings', startDays: -364.5, endDays: 0.5}],
  },
  {
    covers: 'several statuses at once: suspended, licenseOverage, expiringSoon, noRecentActivity',
    lastActivityDays: 60,
    records: [
      {product: 'meetings', startDays: -100, endDays: 20, licences: 'overage'},
      {product: 'calling', state: 'suspended', startDays: -100, endDays: 265},
    ],
  },
  {
    covers: 'calling record cancelled 20 days ago (still a calling customer; data stops at the end)',
    records: [
      {product: 'meetings', startDays: -300, endDays: 430, autoRenew: true},
      {product: 'calling', state: 'cancelled', startDays: -300, endDays: -20},
    ],
  },
  {
    covers: 'monthly auto-renewing subscription renewing within 30 days',
    records: [{product: 'calling', startDays: -18, endDays: 12, autoRenew: true}],
  },
];

/** The forced customers: id and what each demonstrates (stories and tests can jump to them). */
export const EDGE_CASE_CUSTOMERS: readonly {id: string; covers: string}[] = EDGE_CASES.map((edge, index) => ({
  id: customerId(index),
  covers: edge.covers,
}));

// ---------------------------------------------------------------------------------------------
// Random customers

type Lifecycle = 'running' | 'trialOnly' | 'churned' | 'pendingSetup';

interface CustomerShape {
  weight: number;
  lifecycle: Lifecycle;
  products: readonly ProductId[];
}

const CUSTOMER_SHAPES: readonly CustomerShape[] = [
  {weight: 0.51, lifecycle: 'running', products: ['meetings']},
  {weight: 0.1, lifecycle: 'running', products: ['meetings', 'calling']},
  {weight: 0.04, lifecycle: 'running', products: ['calling']},
  {weight: 0.05, lifecycle: 'running', products: ['messaging']},
  {weight: 0.1, lifecycle: 'running', products: ['meetings', 'messaging']},
  {weight: 0.02, lifecycle: 'running', products: ['meetings', 'calling', 'messaging']},
  {weight: 0.04, lifecycle: 'trialOnly', products: ['meetings']},
  {weight: 0.01, lifecycle: 'trialOnly', products: ['calling']},
  {weight: 0.03, lifecycle: 'churned', products: ['meetings']},
  {weight: 0.02, lifecycle: 'churned', products: ['meetings', 'calling']},
  {weight: 0.02, lifecycle: 'pendingSetup', products: ['meetings']},
  {weight: 0.01, lifecycle: 'pendingSetup', products: ['meetings', 'calling']},
];

/**
 * Licences a customer buys: log-uniform inside each tier, so most customers are small, some
 * medium and a few huge — the long tail real partner portfolios have.
 */
const SIZE_TIERS: readonly {weight: number; min: number; max: number}[] = [
  {weight: 0.72, min: 5, max: 50},
  {weight: 0.2, min: 50, max: 500},
  {weight: 0.07, min: 500, max: 5000},
  {weight: 0.01, min: 5000, max: 40_000},
];

/** Licences of a product per seat of the customer. */
const PRODUCT_SHARE: Readonly<Record<string, number>> = {meetings: 1, calling: 0.8, messaging: 0.9, translation: 0.1};

const TERM_MONTHS: readonly {weight: number; months: number; autoRenew: number}[] = [
  {weight: 0.55, months: 12, autoRenew: 0.55},
  {weight: 0.15, months: 24, autoRenew: 0.55},
  {weight: 0.27, months: 36, autoRenew: 0.6},
  {weight: 0.03, months: 1, autoRenew: 0.95},
];

const TRIAL_DAYS = [30, 60, 90];
const TRIAL_LICENCES = [10, 25, 50, 100, 250];
const TAG_COUNTS: readonly {weight: number; count: number}[] = [
  {weight: 0.45, count: 0},
  {weight: 0.25, count: 1},
  {weight: 0.14, count: 2},
  {weight: 0.08, count: 3},
  {weight: 0.05, count: 4},
  {weight: 0.03, count: 5},
];

function customerSeats(random: Random): number {
  const tier = random.pickWeighted(SIZE_TIERS);
  return Math.round(random.logBetween(tier.min, tier.max));
}

function productLicences(random: Random, product: ProductId, seats: number): number {
  if (random.chance(0.01)) return 0;
  const share = PRODUCT_SHARE[product] ?? 1;
  return Math.max(1, Math.round(seats * share * random.between(0.7, 1.1)));
}

function randomLicenceProfile(random: Random): LicenceProfile {
  const roll = random.next();
  if (roll < 0.06) return 'low';
  if (roll < 0.095) return 'overage';
  if (roll < 0.11) return 'unassigned';
  if (roll < 0.115) return 'noHistory';
  return 'typical';
}

function recordPlan(product: ProductId, kind: RecordKind, state: SubscriptionState, startMs: number, endMs: number): RecordPlan {
  return {product, kind, state, startMs, endMs, autoRenew: false, totalLicenses: 0, licences: 'typical'};
}

/** A subscription in its current term; mostly active, some suspended, expired or cancelled. */
function runningSubscription(g: GeneratorState, product: ProductId, seats: number): RecordPlan {
  const random = g.random;
  const term = random.pickWeighted(TERM_MONTHS);
  const autoRenew = random.chance(term.autoRenew);
  // An auto-renewing subscription may be in a later term; its start date stays the original one.
  const months = term.months * (autoRenew ? 1 + random.int(0, term.months === 1 ? 24 : 2) : 1);
  // 3 % ran out without renewing, 3 % were cancelled, 3 % are suspended; the rest run.
  const roll = random.next();
  let plan: RecordPlan;
  if (roll < 0.03) {
    const endMs = g.todayMs - random.int(0, 60) * DAY_MS;
    plan = recordPlan(product, 'subscription', 'active', addMonthsUtc(endMs, -months), endMs);
  } else if (roll < 0.06) {
    const endMs = g.todayMs - random.int(1, 300) * DAY_MS;
    plan = recordPlan(product, 'subscription', 'cancelled', addMonthsUtc(endMs, -months), endMs);
  } else {
    const endMs = g.todayMs + random.int(1, Math.round(term.months * 30.4)) * DAY_MS;
    const startMs = Math.min(addMonthsUtc(endMs, -months), g.todayMs);
    plan = recordPlan(product, 'subscription', roll < 0.09 ? 'suspended' : 'active', startMs, endMs);
  }
  plan.autoRenew = autoRenew;
  plan.totalLicenses = productLicences(random, product, seats);
  plan.licences = plan.totalLicenses === 0 ? 'unassigned' : randomLicenceProfile(random);
  return plan;
}

function trial(g: GeneratorState, product: ProductId): RecordPlan {
  const random = g.random;
  const days = random.pick(TRIAL_DAYS);
  const roll = random.next();
  // Most trials run now; some ran out unconverted or were cancelled.
  const endMs = g.todayMs + (roll < 0.1 ? -random.int(0, 40) : random.int(1, days)) * DAY_MS;
  const plan = recordPlan(product, 'trial', roll < 0.04 ? 'cancelled' : 'active', endMs - days * DAY_MS, endMs);
  plan.autoRenew = random.chance(0.1);
  plan.totalLicenses = random.pick(TRIAL_LICENCES);
  plan.licences = random.chance(0.03) ? 'overage' : random.chance(0.15) ? 'low' : 'typical';
  return plan;
}

function churnedSubscription(g: GeneratorState, product: ProductId, seats: number): RecordPlan {
  const random = g.random;
  const endMs = g.todayMs - random.int(1, 400) * DAY_MS;
  const state = random.chance(0.6) ? 'cancelled' : 'active';
  const plan = recordPlan(product, 'subscription', state, addMonthsUtc(endMs, -12), endMs);
  plan.autoRenew = state === 'active' && random.chance(0.3);
  plan.totalLicenses = productLicences(random, product, seats);
  return plan;
}

function pendingSubscription(g: GeneratorState, product: ProductId, seats: number): RecordPlan {
  const random = g.random;
  const startMs = g.todayMs + random.int(-20, 30) * DAY_MS;
  const plan = recordPlan(product, 'subscription', 'pendingSetup', startMs, addMonthsUtc(startMs, 12));
  plan.autoRenew = random.chance(0.5);
  plan.totalLicenses = productLicences(random, product, seats);
  plan.licences = 'noHistory';
  return plan;
}

function randomRecords(g: GeneratorState, shape: CustomerShape, seats: number): RecordPlan[] {
  const random = g.random;
  const records: RecordPlan[] = [];
  for (const product of shape.products) {
    if (shape.lifecycle === 'running') records.push(runningSubscription(g, product, seats));
    else if (shape.lifecycle === 'trialOnly') records.push(trial(g, product));
    else if (shape.lifecycle === 'churned') records.push(churnedSubscription(g, product, seats));
    else records.push(pendingSubscription(g, product, seats));
  }
  if (shape.lifecycle !== 'running') return records;
  if (shape.products.includes('meetings') && random.chance(0.08)) records.push(runningSubscription(g, 'translation', seats));
  if (random.chance(0.04)) records.push(trial(g, shape.products.includes('calling') ? 'meetings' : 'calling'));
  if (random.chance(0.1)) records.push(churnedSubscription(g, shape.products[0] ?? 'meetings', seats));
  return records;
}

function randomCallingPlan(random: Random): CallingPlan {
  const poorRoll = random.next();
  // Mostly 1–5 % poor calls; some customers struggle, a few badly (20 % and more).
  const poorRate =
    poorRoll < 0.04 ? random.between(0.2, 0.35) : poorRoll < 0.12 ? random.between(0.05, 0.15) : random.between(0.01, 0.05);
  const queueRoll = random.next();
  return {
    hasData: random.chance(0.85),
    currentWeek: random.chance(0.35),
    missingWeek: random.chance(0.1) ? random.int(FIRST_CALLING_WEEK, CURRENT_WEEK - 1) : -1,
    poorRate,
    queue: queueRoll < 0.03 ? 'idle' : queueRoll < 0.25 ? 'busy' : 'none',
  };
}

/** Last admin sign-in: mostly within 30 days, some long ago, some never. */
function randomLastActivity(g: GeneratorState, lifecycle: Lifecycle): number | null {
  const random = g.random;
  const roll = random.next();
  if (roll < (lifecycle === 'pendingSetup' ? 0.6 : 0.04)) return null;
  const days = roll < 0.86 ? random.int(0, 29) : random.int(31, 700);
  const ms = g.todayMs - days * DAY_MS + random.int(0, 287) * 5 * 60_000;
  return ms > g.asOfMs ? ms - DAY_MS : ms;
}

function randomCustomerPlan(g: GeneratorState): CustomerPlan {
  const random = g.random;
  const style = random.pickWeighted(NAME_STYLES);
  const shape = random.pickWeighted(CUSTOMER_SHAPES);
  return {
    name: random.chance(0.004) ? style.longName(random) : style.name(random),
    style,
    managedBy: random.chance(0.15) ? 'external' : 'partner',
    tagCount: random.pickWeighted(TAG_COUNTS).count,
    lastAdminActivityMs: randomLastActivity(g, shape.lifecycle),
    hasLaunchUrl: random.chance(0.92),
    calling: randomCallingPlan(random),
    records: randomRecords(g, shape, customerSeats(random)),
  };
}

function edgeCasePlan(g: GeneratorState, edge: EdgeCase, index: number): CustomerPlan {
  const random = g.random;
  // Without a fixed name, the styles take turns so even a few customers show every script.
  const style =
    NAME_STYLES.find((candidate) => candidate.id === edge.style) ?? (NAME_STYLES[index % NAME_STYLES.length] as NameStyle);
  const seats = edge.seats ?? customerSeats(random);
  const lastActivityDays = edge.lastActivityDays === undefined ? 2 : edge.lastActivityDays;
  return {
    name: edge.name ?? style.name(random),
    style,
    managedBy: edge.managedBy ?? 'partner',
    tagCount: edge.tagCount ?? index % 3,
    lastAdminActivityMs: lastActivityDays === null ? null : g.asOfMs - lastActivityDays * DAY_MS,
    hasLaunchUrl: edge.hasLaunchUrl ?? true,
    calling: {hasData: true, currentWeek: false, missingWeek: -1, poorRate: 0.03, queue: 'none', ...edge.calling},
    records: edge.records.map((record) => {
      const plan = recordPlan(
        record.product,
        record.kind ?? 'subscription',
        record.state ?? 'active',
        g.asOfMs + record.startDays * DAY_MS,
        g.asOfMs + record.endDays * DAY_MS,
      );
      plan.autoRenew = record.autoRenew ?? false;
      plan.totalLicenses = record.totalLicenses ?? Math.max(1, Math.round(seats * (PRODUCT_SHARE[record.product] ?? 1)));
      plan.licences = record.licences ?? 'typical';
      return plan;
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Generator state

/** Licence counts below this share snapshot objects (small customers: the vast majority). */
const SHARED_LICENCE_LIMIT = 256;
/** Endpoint call counts below this share their `{callsWithMedia, goodCalls}` objects. */
const SHARED_CALLS_LIMIT = 1024;
/** User counts below this share their `usersByVolume` objects. */
const SHARED_USERS_LIMIT = 256;
/** Feature call counts below this share their `featureCalls` objects (six counts of 5 bits: a small-integer key). */
const SHARED_FEATURE_CALLS_LIMIT = 32;

const HEX_CODES = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

class GeneratorState {
  readonly random: Random;
  readonly asOfMs: number;
  /** asOf's day at 00:00 UTC: random records start and end on whole days. */
  readonly todayMs: number;
  /** The 13 history weeks, oldest first; the last is the week that contains asOf. */
  readonly weekMs: number[] = [];
  /** Shared ISO strings of those weeks (millions of snapshots point at 13 strings). */
  readonly weekIso: string[] = [];
  /** Σ assigned calling licences of the current customer, per history week. */
  readonly callingAssigned = new Int32Array(HISTORY_WEEKS);
  /** Whether the current customer has a calling licence snapshot in that week. */
  readonly callingCovered = new Uint8Array(HISTORY_WEEKS);
  /** How much of the current week lies before asOf: its calling entry counts only that part. */
  readonly currentWeekElapsed: number;
  private readonly dates = new Map<number, string>();
  /** Per history week, snapshots indexed by assigned × limit + used (arrays: the hottest lookup). */
  private readonly sharedSnapshots: (LicenseSnapshot | undefined)[][] = [];
  private readonly sharedEndpointCalls = new Map<number, EndpointCalls>();
  private readonly sharedUsers = new Map<number, UsersByVolume>();
  private readonly sharedFeatureCalls = new Map<number, Record<string, number>>();
  private readonly uuidCodes: number[] = new Array<number>(36).fill(45);
  private recordSeq = 100_000;
  private orderSeq = 5_000_000;
  private invoiceSeq = 1_000_000;

  constructor(seed: number, asOfMs: number) {
    this.random = new Random(seed);
    this.asOfMs = asOfMs;
    this.todayMs = Math.floor(asOfMs / DAY_MS) * DAY_MS;
    const currentWeekMs = sundayWeekStart(asOfMs);
    for (let week = 0; week < HISTORY_WEEKS; week += 1) {
      const ms = currentWeekMs - (CURRENT_WEEK - week) * WEEK_MS;
      this.weekMs.push(ms);
      this.weekIso.push(toIso(ms));
    }
    this.currentWeekElapsed = (asOfMs - currentWeekMs) / WEEK_MS;
  }

  /**
   * ISO string of `ms`, shared by every field with that instant. Keyed by minute, a small integer,
   * because epoch milliseconds are too large for V8's fast integer keys; generated instants are
   * whole minutes unless asOf itself is not.
   */
  iso(ms: number): string {
    const minute = ms / 60_000;
    if (!Number.isInteger(minute)) return toIso(ms);
    let text = this.dates.get(minute);
    if (text === undefined) {
      text = toIso(ms);
      this.dates.set(minute, text);
    }
    return text;
  }

  /** A licence snapshot; small counts recur so often that one frozen object serves them all. */
  snapshot(week: number, assigned: number, used: number): LicenseSnapshot {
    const weekStart = this.weekIso[week] as string;
    if (assigned >= SHARED_LICENCE_LIMIT) return {weekStart, assigned, used};
    const weekSnapshots = (this.sharedSnapshots[week] ??= new Array<LicenseSnapshot | undefined>(
      SHARED_LICENCE_LIMIT * SHARED_LICENCE_LIMIT,
    ));
    const key = assigned * SHARED_LICENCE_LIMIT + used;
    let snapshot = weekSnapshots[key];
    if (snapshot === undefined) {
      snapshot = Object.freeze({weekStart, assigned, used});
      weekSnapshots[key] = snapshot;
    }
    return snapshot;
  }

  endpointCalls(callsWithMedia: number, goodCalls: number): EndpointCalls {
    if (callsWithMedia >= SHARED_CALLS_LIMIT) return {callsWithMedia, goodCalls};
    const key = callsWithMedia * SHARED_CALLS_LIMIT + goodCalls;
    let calls = this.sharedEndpointCalls.get(key);
    if (calls === undefined) {
      calls = Object.freeze({callsWithMedia, goodCalls});
      this.sharedEndpointCalls.set(key, calls);
    }
    return calls;
  }

  usersByVolume(high: number, medium: number, low: number): UsersByVolume {
    if (high >= SHARED_USERS_LIMIT || medium >= SHARED_USERS_LIMIT || low >= SHARED_USERS_LIMIT) return {high, medium, low};
    const key = (high * SHARED_USERS_LIMIT + medium) * SHARED_USERS_LIMIT + low;
    let users = this.sharedUsers.get(key);
    if (users === undefined) {
      users = Object.freeze({high, medium, low});
      this.sharedUsers.set(key, users);
    }
    return users;
  }

  featureCalls(
    callQueue: number,
    huntGroup: number,
    autoAttendant: number,
    callPark: number,
    callPickup: number,
    voicemail: number,
  ): Record<string, number> {
    const limit = SHARED_FEATURE_CALLS_LIMIT;
    if (Math.max(callQueue, huntGroup, autoAttendant, callPark, callPickup, voicemail) >= limit) {
      return {callQueue, huntGroup, autoAttendant, callPark, callPickup, voicemail};
    }
    const key = ((((callQueue * limit + huntGroup) * limit + autoAttendant) * limit + callPark) * limit + callPickup) * limit + voicemail;
    let calls = this.sharedFeatureCalls.get(key);
    if (calls === undefined) {
      calls = Object.freeze({callQueue, huntGroup, autoAttendant, callPark, callPickup, voicemail});
      this.sharedFeatureCalls.set(key, calls);
    }
    return calls;
  }

  /** A version-4-shaped UUID from the seeded stream, built as one flat string. */
  uuid(): string {
    const codes = this.uuidCodes;
    let word = 0;
    let nibble = 0;
    for (let i = 0; i < 36; i += 1) {
      if (i === 8 || i === 13 || i === 18 || i === 23) continue;
      if ((nibble & 7) === 0) word = this.random.uint32();
      let value = (word >>> ((nibble & 7) * 4)) & 15;
      if (i === 14) value = 4;
      else if (i === 19) value = 8 | (value & 3);
      codes[i] = HEX_CODES[value] as number;
      nibble += 1;
    }
    return String.fromCharCode.apply(null, codes);
  }

  recordId(kind: RecordKind): string {
    this.recordSeq += 1;
    return (kind === 'trial' ? 'Trial-' : 'Sub-') + this.recordSeq;
  }

  orderId(): string {
    this.orderSeq += 1;
    return 'Ord-' + this.orderSeq;
  }

  invoiceId(): string {
    this.invoiceSeq += 1;
    return 'INV-' + this.invoiceSeq;
  }

  resetCallingWeeks(): void {
    this.callingAssigned.fill(0);
    this.callingCovered.fill(0);
  }
}

// ---------------------------------------------------------------------------------------------
// Customers

function customerId(index: number): string {
  return 'cust-' + String(index + 1).padStart(6, '0');
}

const LAUNCH_URL_PREFIX = 'https://admin.example.com/launch?org=';

/** `count` distinct tag ids (count is at most 5 of the 12 tags, so redraws are rare). */
function pickTagIds(random: Random, tags: readonly Tag[], count: number): string[] {
  const ids = new Array<string>(count);
  let picked = 0;
  while (picked < count) {
    const id = random.pick(tags).id;
    if (!ids.includes(id)) {
      ids[picked] = id;
      picked += 1;
    }
  }
  return ids;
}

function buildCustomer(g: GeneratorState, index: number, plan: CustomerPlan, tags: readonly Tag[]): Customer {
  const id = customerId(index);
  const name = plan.name;
  const managedBy = plan.managedBy;
  const tagIds = pickTagIds(g.random, tags, plan.tagCount);
  const lastAdminActivity = plan.lastAdminActivityMs === null ? null : g.iso(plan.lastAdminActivityMs);
  const orgId = g.uuid();
  // Two literal shapes rather than adding launchUrl afterwards, which would move it out of the object.
  return plan.hasLaunchUrl
    ? {id, name, managedBy, tags: tagIds, lastAdminActivity, orgId, launchUrl: LAUNCH_URL_PREFIX + orgId}
    : {id, name, managedBy, tags: tagIds, lastAdminActivity, orgId};
}

// ---------------------------------------------------------------------------------------------
// Subscriptions

/** Assigned licences at the newest snapshot, by profile. */
function finalAssigned(random: Random, total: number, licences: LicenceProfile): number {
  switch (licences) {
    case 'low':
      return Math.round(total * random.between(0.02, 0.3));
    case 'overage':
      return total + Math.max(2, Math.round(total * random.between(0.03, 0.25)));
    case 'unassigned':
    case 'noHistory':
      return 0;
    case 'typical':
      return Math.round(total * Math.max(random.between(0.5, 1), random.between(0.5, 1)));
  }
}

/**
 * Weekly snapshots for the history weeks the record covers (week start within [start, end)), newest
 * last. Built backwards from the newest value so the profile (low, overage…) holds at the snapshot
 * the analytics read; going back, assignments shrink a little, and fast for young records (ramp-up).
 */
function buildLicenseHistory(g: GeneratorState, plan: RecordPlan): LicenseSnapshot[] {
  if (plan.licences === 'noHistory' || plan.state === 'pendingSetup') return [];
  let first = 0;
  while (first < HISTORY_WEEKS && (g.weekMs[first] as number) < plan.startMs) first += 1;
  let last = CURRENT_WEEK;
  while (last >= first && (g.weekMs[last] as number) >= plan.endMs) last -= 1;
  if (last < first) return [];
  const random = g.random;
  const history = new Array<LicenseSnapshot>(last - first + 1);
  const isCalling = plan.product === 'calling';
  const young = first > 0;
  const usedShare = random.between(0.45, 0.97);
  let assigned = finalAssigned(random, plan.totalLicenses, plan.licences);
  for (let week = last; week >= first; week -= 1) {
    const used = Math.min(assigned, Math.round(assigned * usedShare * random.between(0.88, 1.06)));
    history[week - first] = g.snapshot(week, assigned, used);
    if (isCalling) {
      g.callingAssigned[week] = (g.callingAssigned[week] ?? 0) + assigned;
      g.callingCovered[week] = 1;
    }
    const shrink = young ? random.between(0.04, 0.2) : random.between(-0.03, 0.05);
    assigned = Math.max(0, Math.round(assigned * (1 - shrink)));
  }
  return history;
}

const ORDER_DESCRIPTIONS = ['Licence increase', 'Add-on licences', 'Licence true-up'];

/** Up to 3 orders, oldest first: the initial one, then licence increases. Trials have none. */
function buildOrders(g: GeneratorState, plan: RecordPlan): Order[] | undefined {
  const random = g.random;
  const roll = random.next();
  const count = plan.kind === 'trial' ? 0 : roll < 0.65 ? 0 : roll < 0.87 ? 1 : roll < 0.96 ? 2 : 3;
  if (count === 0) return undefined;
  const orders = new Array<Order>(count);
  const firstMs = Math.floor(Math.min(plan.startMs, g.asOfMs - DAY_MS) / DAY_MS) * DAY_MS - random.int(0, 14) * DAY_MS;
  const spanDays = Math.max(1, Math.floor((Math.min(plan.endMs, g.asOfMs) - firstMs) / DAY_MS));
  orders[0] = {id: g.orderId(), date: g.iso(firstMs), description: 'Initial order', quantity: plan.totalLicenses};
  let dayOffset = 0;
  for (let i = 1; i < count; i += 1) {
    dayOffset += random.int(0, Math.max(0, Math.floor((spanDays - dayOffset) / 2)));
    orders[i] = {
      id: g.orderId(),
      date: g.iso(firstMs + dayOffset * DAY_MS),
      description: random.pick(ORDER_DESCRIPTIONS),
      quantity: Math.max(1, Math.round(plan.totalLicenses * random.between(0.05, 0.3))),
    };
  }
  return orders;
}

/** Monthly list price per licence in EUR. */
const UNIT_PRICE_EUR: Readonly<Record<string, number>> = {meetings: 13.5, calling: 9.75, messaging: 4, translation: 6};
const EUR_RATE: Readonly<Record<string, number>> = {EUR: 1, USD: 1.08, GBP: 0.86, SEK: 11.5, JPY: 160, RSD: 117};
const INVOICE_URL_PREFIX = 'https://billing.example.com/invoices/';

function buildInvoice(g: GeneratorState, plan: RecordPlan, currency: string): Invoice | undefined {
  const billable = plan.kind === 'subscription' && plan.totalLicenses > 0 && plan.state !== 'pendingSetup';
  if (!billable || !g.random.chance(0.2)) return undefined;
  const amount = plan.totalLicenses * (UNIT_PRICE_EUR[plan.product] ?? 5) * (EUR_RATE[currency] ?? 1);
  const id = g.invoiceId();
  // Yen have no minor unit.
  const rounded = currency === 'JPY' ? Math.round(amount) : Math.round(amount * 100) / 100;
  return {id, amount: rounded, currency, url: INVOICE_URL_PREFIX + id};
}

function buildRecord(g: GeneratorState, customerIdValue: string, plan: RecordPlan, currency: string): SubscriptionRecord {
  const id = g.recordId(plan.kind);
  const customerId = customerIdValue;
  const {product, kind, state, autoRenew, totalLicenses} = plan;
  const startDate = g.iso(plan.startMs);
  const endDate = g.iso(plan.endMs);
  const licenseHistory = buildLicenseHistory(g, plan);
  const orders = buildOrders(g, plan);
  const invoice = buildInvoice(g, plan, currency);
  // One literal per combination of the optional fields: adding them afterwards would move them
  // out of the object, into a separate backing store on nearly half the records.
  if (orders !== undefined && invoice !== undefined) {
    return {id, customerId, product, kind, state, startDate, endDate, autoRenew, totalLicenses, licenseHistory, orders, invoice};
  }
  if (orders !== undefined) {
    return {id, customerId, product, kind, state, startDate, endDate, autoRenew, totalLicenses, licenseHistory, orders};
  }
  if (invoice !== undefined) {
    return {id, customerId, product, kind, state, startDate, endDate, autoRenew, totalLicenses, licenseHistory, invoice};
  }
  return {id, customerId, product, kind, state, startDate, endDate, autoRenew, totalLicenses, licenseHistory};
}

// ---------------------------------------------------------------------------------------------
// Calling

interface Endpoint {
  id: string;
  /** Share of calling customers that use it. */
  adoption: number;
  /** Relative share of a user's calls. */
  weight: number;
  /** Poor-call likelihood relative to the customer's average. */
  poorFactor: number;
}

const ENDPOINTS: readonly Endpoint[] = [
  {id: 'desktopApp', adoption: 1, weight: 5, poorFactor: 0.8},
  {id: 'mobileApp', adoption: 0.8, weight: 3, poorFactor: 1.4},
  {id: 'deskPhone', adoption: 0.5, weight: 4, poorFactor: 0.6},
  {id: 'webBrowser', adoption: 0.35, weight: 1.5, poorFactor: 1.5},
  {id: 'thirdPartySip', adoption: 0.12, weight: 1, poorFactor: 2.2},
];

/** How one calling customer's users behave; drawn once, applied to each of its weeks. */
interface CallingHabits {
  activity: number;
  callsPerUser: number;
  minutesPerCall: number;
  mediaShare: number;
  highShare: number;
  mediumShare: number;
  /** Bit i set: ENDPOINTS[i] in use. */
  endpoints: number;
  endpointWeight: number;
  lastEndpoint: number;
  queues: number;
  queueShare: number;
  huntGroupShare: number;
  autoAttendantShare: number;
  callParkShare: number;
  callPickupShare: number;
  voicemailShare: number;
}

function callingHabits(random: Random, plan: CallingPlan): CallingHabits {
  let endpoints = 0;
  let endpointWeight = 0;
  let lastEndpoint = 0;
  for (let i = 0; i < ENDPOINTS.length; i += 1) {
    const endpoint = ENDPOINTS[i] as Endpoint;
    if (!random.chance(endpoint.adoption)) continue;
    endpoints |= 1 << i;
    endpointWeight += endpoint.weight;
    lastEndpoint = i;
  }
  return {
    activity: random.between(0.45, 0.95),
    callsPerUser: random.between(5, 35),
    minutesPerCall: random.between(2, 7),
    mediaShare: random.between(0.85, 0.98),
    highShare: random.between(0.15, 0.35),
    mediumShare: random.between(0.3, 0.45),
    endpoints,
    endpointWeight,
    lastEndpoint,
    queues: plan.queue === 'none' ? 0 : random.int(1, 6),
    queueShare: random.between(0.05, 0.25),
    huntGroupShare: random.chance(0.4) ? random.between(0.01, 0.05) : 0,
    autoAttendantShare: random.chance(0.6) ? random.between(0.02, 0.1) : 0,
    callParkShare: random.chance(0.3) ? random.between(0.002, 0.02) : 0,
    callPickupShare: random.chance(0.3) ? random.between(0.002, 0.02) : 0,
    voicemailShare: random.between(0.03, 0.12),
  };
}

/** Splits the week's calls with media over the customer's endpoints; returns Σ good calls. */
function fillByEndpoint(
  g: GeneratorState,
  habits: CallingHabits,
  callsWithMedia: number,
  poorRate: number,
  byEndpoint: Record<string, EndpointCalls>,
): number {
  const random = g.random;
  let remaining = callsWithMedia;
  let goodCalls = 0;
  for (let i = 0; i <= habits.lastEndpoint; i += 1) {
    if ((habits.endpoints & (1 << i)) === 0) continue;
    const endpoint = ENDPOINTS[i] as Endpoint;
    const media =
      i === habits.lastEndpoint
        ? remaining
        : Math.min(remaining, Math.round(((callsWithMedia * endpoint.weight) / habits.endpointWeight) * random.between(0.85, 1.15)));
    remaining -= media;
    const poor = Math.min(media, Math.round(media * poorRate * endpoint.poorFactor));
    byEndpoint[endpoint.id] = g.endpointCalls(media, media - poor);
    goodCalls += media - poor;
  }
  return goodCalls;
}

function queueWeek(random: Random, habits: CallingHabits, plan: CallingPlan, calls: number): CallQueueWeek {
  const offered = plan.queue === 'idle' || random.chance(0.05) ? 0 : Math.round(calls * habits.queueShare);
  const answered = Math.round(offered * random.between(0.8, 0.96));
  const abandoned = Math.round((offered - answered) * random.between(0.6, 1));
  return {
    queues: habits.queues,
    offered,
    answered,
    abandoned,
    avgTimeToAnswerSec: answered > 0 ? random.int(8, 60) : 0,
    avgWaitBeforeAbandonSec: abandoned > 0 ? random.int(15, 120) : 0,
  };
}

/**
 * One week of a customer's calling. Active users never exceed the calling licences assigned that
 * week; the averages follow the poor-call rate (an average stays under the thresholds even when many
 * single calls cross them, as real averages do). Jitter and latency are whole milliseconds.
 */
function callingWeek(g: GeneratorState, customerIdValue: string, week: number, habits: CallingHabits, plan: CallingPlan): CallingWeek {
  const random = g.random;
  const licences = g.callingAssigned[week] ?? 0;
  const activeUsers = Math.min(licences, Math.round(licences * habits.activity * random.between(0.9, 1.1)));
  const high = Math.floor(activeUsers * habits.highShare);
  const medium = Math.floor(activeUsers * habits.mediumShare);
  const weekShare = week === CURRENT_WEEK ? g.currentWeekElapsed : 1;
  const calls = Math.round(activeUsers * habits.callsPerUser * weekShare * random.between(0.85, 1.15));
  const callsWithMedia = Math.floor(calls * habits.mediaShare);
  const weekPoorRate = plan.poorRate * random.between(0.7, 1.3);
  const byEndpoint: Record<string, EndpointCalls> = {};
  const goodCalls = fillByEndpoint(g, habits, callsWithMedia, weekPoorRate, byEndpoint);
  const poorShare = callsWithMedia > 0 ? (callsWithMedia - goodCalls) / callsWithMedia : 0;
  const queue = plan.queue === 'none' ? undefined : queueWeek(random, habits, plan, calls);
  const customerId = customerIdValue;
  const weekStart = g.weekIso[week] as string;
  const usersByVolume = g.usersByVolume(high, medium, activeUsers - high - medium);
  const minutes = Math.round(calls * habits.minutesPerCall * random.between(0.9, 1.1));
  const avgJitterMs = callsWithMedia > 0 ? Math.round(4 + poorShare * 250 * random.between(0.8, 1.2)) : 0;
  const avgLatencyMs = callsWithMedia > 0 ? Math.round(30 + poorShare * 900 * random.between(0.8, 1.2)) : 0;
  const avgPacketLossPct = callsWithMedia > 0 ? Math.round((0.1 + poorShare * 12 * random.between(0.8, 1.2)) * 100) / 100 : 0;
  const featureCalls = g.featureCalls(
    queue?.offered ?? 0,
    Math.round(calls * habits.huntGroupShare),
    Math.round(calls * habits.autoAttendantShare),
    Math.round(calls * habits.callParkShare),
    Math.round(calls * habits.callPickupShare),
    Math.round(calls * habits.voicemailShare),
  );
  // Two literals, as for records: `queue` added afterwards would sit in a separate backing store.
  if (queue === undefined) {
    return {customerId, weekStart, activeUsers, usersByVolume, calls, minutes, callsWithMedia, goodCalls, avgJitterMs,
      avgLatencyMs, avgPacketLossPct, byEndpoint, featureCalls};
  }
  return {customerId, weekStart, activeUsers, usersByVolume, calls, minutes, callsWithMedia, goodCalls, avgJitterMs,
    avgLatencyMs, avgPacketLossPct, byEndpoint, featureCalls, queue};
}

/** The customer's calling weeks: every week it had calling licences, minus the planned gap. */
function addCallingWeeks(g: GeneratorState, customerIdValue: string, plan: CallingPlan, calling: CallingWeek[]): void {
  const habits = callingHabits(g.random, plan);
  const lastWeek = plan.currentWeek ? CURRENT_WEEK : CURRENT_WEEK - 1;
  for (let week = FIRST_CALLING_WEEK; week <= lastWeek; week += 1) {
    if (g.callingCovered[week] === 0 || week === plan.missingWeek) continue;
    calling.push(callingWeek(g, customerIdValue, week, habits, plan));
  }
}

// ---------------------------------------------------------------------------------------------
// Partner, admins, tags, resources

/** The first admins: every role both for all customers and for a subset; later ones are drawn. */
const ROLE_PLAN: readonly {role: PartnerRole; allCustomers: boolean}[] = [
  {role: 'fullAdmin', allCustomers: true},
  {role: 'admin', allCustomers: true},
  {role: 'readOnly', allCustomers: false},
  {role: 'fullAdmin', allCustomers: false},
  {role: 'admin', allCustomers: false},
  {role: 'readOnly', allCustomers: true},
];
const ROLES: readonly PartnerRole[] = ['fullAdmin', 'admin', 'admin', 'readOnly'];

/** A sorted subset of customer ids: random gaps keep it spread over the whole list. */
function customerSubset(random: Random, customers: readonly Customer[]): string[] {
  const ids: string[] = [];
  const size = Math.min(customers.length, Math.round(random.logBetween(1, 300)));
  const maxGap = Math.max(1, Math.floor((2 * customers.length) / Math.max(size, 1)));
  let i = random.index(maxGap);
  while (i < customers.length && ids.length < size) {
    ids.push((customers[i] as Customer).id);
    i += 1 + random.index(maxGap);
  }
  return ids;
}

/** 8–20 admins; the first is the viewer, a fullAdmin of every customer. */
function buildPartnerAdmins(g: GeneratorState, customers: readonly Customer[], domain: string): PartnerAdmin[] {
  const random = g.random;
  const count = random.int(8, ADMIN_PEOPLE.length);
  const admins: PartnerAdmin[] = [];
  for (let i = 0; i < count; i += 1) {
    const person = ADMIN_PEOPLE[i] as (typeof ADMIN_PEOPLE)[number];
    const planned = ROLE_PLAN[i];
    const role = planned?.role ?? random.pick(ROLES);
    const allCustomers = planned?.allCustomers ?? random.chance(0.2);
    const id = 'admin-' + String(i + 1).padStart(2, '0');
    const email = person.mailbox + '@' + domain;
    admins.push(
      allCustomers
        ? {id, name: person.name, email, role, allCustomers: true}
        : {id, name: person.name, email, role, customerIds: customerSubset(random, customers)},
    );
  }
  return admins;
}

function buildTags(): Tag[] {
  return TAG_MATERIAL.map((tag) => ({...tag}));
}

type ResourceRow = readonly [title: string, category: string, product: string];

const RESOURCE_ROWS: readonly ResourceRow[] = [
  ['Partner Hub getting started guide', 'Getting started', 'general'],
  ['Set up a new customer organisation', 'Getting started', 'general'],
  ['Assign partner administrator roles', 'Getting started', 'general'],
  ['Start a customer trial', 'Getting started', 'general'],
  ['Launch a customer organisation', 'Getting started', 'general'],
  ['Ordering and provisioning FAQ', 'Ordering & billing', 'general'],
  ['Read your partner invoice', 'Ordering & billing', 'general'],
  ['Licence true-up process', 'Ordering & billing', 'general'],
  ['Renewals and auto-renew settings', 'Ordering & billing', 'general'],
  ['Price list (quarterly)', 'Ordering & billing', 'general'],
  ['Meetings deployment guide', 'Technical', 'meetings'],
  ['Meetings network requirements', 'Technical', 'meetings'],
  ['Video device onboarding', 'Technical', 'meetings'],
  ['Meetings security white paper', 'Technical', 'meetings'],
  ['Real-time translation overview', 'Technical', 'translation'],
  ['Calling deployment guide', 'Technical', 'calling'],
  ['Number porting checklist', 'Technical', 'calling'],
  ['Call queue configuration', 'Technical', 'calling'],
  ['Troubleshoot poor call quality', 'Technical', 'calling'],
  ['Emergency calling (E911) requirements', 'Technical', 'calling'],
  ['Local gateway sizing', 'Technical', 'calling'],
  ['Messaging retention and compliance', 'Technical', 'messaging'],
  ['Messaging migration guide', 'Technical', 'messaging'],
  ['Sales playbook: hybrid work', 'Sales & marketing', 'general'],
  ['Customer pitch deck: Calling', 'Sales & marketing', 'calling'],
  ['Customer pitch deck: Meetings', 'Sales & marketing', 'meetings'],
  ['Co-branded campaign kit', 'Sales & marketing', 'general'],
  ['Trial conversion best practices', 'Sales & marketing', 'general'],
  ['Case study: regional hospital network', 'Sales & marketing', 'calling'],
  ['Case study: Hochschule für Gestaltung', 'Sales & marketing', 'meetings'],
  ['Partner-Leitfaden: Calling (Deutsch)', 'Sales & marketing', 'calling'],
  ['Guide partenaire : Meetings (français)', 'Sales & marketing', 'meetings'],
  ['パートナー向け導入ガイド（日本語）', 'Getting started', 'general'],
  ['Partner certification path', 'Training', 'general'],
  ['Calling administrator training', 'Training', 'calling'],
  ['Meetings administrator training', 'Training', 'meetings'],
  ['Analytics in Partner Hub: webinar', 'Training', 'general'],
  ['Open a support case', 'Support', 'general'],
  ['Service status', 'Support', 'general'],
  ['Escalation matrix', 'Support', 'general'],
];

const RESOURCE_URL_PREFIX = 'https://partners.example.com/resources/';

function buildResources(): Resources {
  const all: Resource[] = RESOURCE_ROWS.map(([title, category, product], i) => ({
    title,
    url: RESOURCE_URL_PREFIX + 'r' + String(i + 1).padStart(3, '0'),
    category,
    product,
  }));
  const pickRows = (indexes: readonly number[]): Resource[] => indexes.map((i) => ({...(all[i] as Resource)}));
  return {
    quickLinks: pickRows([0, 5, 15, 18, 37]),
    featured: pickRows([14, 27, 33, 36]),
    all,
    helpdesk: {url: 'https://partners.example.com/helpdesk', phone: '+1 888 555 0142'},
  };
}

// ---------------------------------------------------------------------------------------------
// Entry point

function resolveCustomerCount(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_GENERATED_CUSTOMERS) {
    throw new RangeError(`customers must be an integer from 0 to ${MAX_GENERATED_CUSTOMERS}, got ${String(value)}.`);
  }
  return value;
}

function resolveAsOf(value: string | Date): number {
  const ms = typeof value === 'string' ? parseIsoDate(value) : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`asOf must be an ISO 8601 date-time or a valid Date, got ${String(value)}.`);
  return ms;
}

/** A complete, valid `PartnerDataset`; the same options always give a deep-equal result. */
export function generateDataset(options: GenerateOptions = {}): PartnerDataset {
  const customerCount = resolveCustomerCount(options.customers ?? DEFAULT_CUSTOMER_COUNT);
  const asOfMs = resolveAsOf(options.asOf ?? DEFAULT_AS_OF);
  const g = new GeneratorState(hashSeed(String(options.seed ?? 1)), asOfMs);
  const partnerMaterial = g.random.pick(PARTNERS);
  const partner = {id: 'partner-' + g.uuid().slice(0, 8), name: partnerMaterial.name};
  const tags = buildTags();
  const customers: Customer[] = [];
  const subscriptions: SubscriptionRecord[] = [];
  const calling: CallingWeek[] = [];
  for (let index = 0; index < customerCount; index += 1) {
    const edge = EDGE_CASES[index];
    const plan = edge === undefined ? randomCustomerPlan(g) : edgeCasePlan(g, edge, index);
    const customer = buildCustomer(g, index, plan, tags);
    customers.push(customer);
    const currency = g.random.pick(plan.style.currencies);
    g.resetCallingWeeks();
    let hasCallingRecord = false;
    for (const recordPlanValue of plan.records) {
      subscriptions.push(buildRecord(g, customer.id, recordPlanValue, currency));
      if (recordPlanValue.product === 'calling') hasCallingRecord = true;
    }
    if (hasCallingRecord && plan.calling.hasData) addCallingWeeks(g, customer.id, plan.calling, calling);
  }
  const partnerAdmins = buildPartnerAdmins(g, customers, partnerMaterial.domain);
  return {
    schemaVersion: SCHEMA_VERSION,
    asOf: toIso(asOfMs),
    partner,
    customers,
    subscriptions,
    tags,
    partnerAdmins,
    currentUser: {adminId: (partnerAdmins[0] as PartnerAdmin).id},
    calling,
    resources: buildResources(),
  };
}
