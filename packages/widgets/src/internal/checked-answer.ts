/**
 * Provider answers are checked against the contract's shape (SPEC §2.2) where an element asks for
 * them. Without this, a backend answering `null`, a number, an array, or an object whose fields
 * have other types throws inside the element's render (which then stays blank, or loading for
 * ever) or passes for an empty answer, instead of showing the error state with its Retry button.
 *
 * The check is shallow: the fields each element lays itself out from (arrays are arrays of
 * objects, counts are numbers), not every value of every row, which would cost as much as the
 * answer itself on a large partner. One shape per method, each its own export, so an element's
 * bundle carries only the shapes of the methods it calls.
 */

/** An answer without the contract's shape; `ProviderData` shows it as data that could not be loaded. */
export class MalformedAnswerError extends Error {
  constructor(
    readonly method: string,
    readonly problem: string,
  ) {
    super(`${method}() answered with data in an unexpected form: ${problem}.`);
    this.name = 'MalformedAnswerError';
  }
}

/** `records`: an array of objects. A nested shape: an object with those fields. */
type Kind = 'object' | 'array' | 'records' | 'number' | 'string';
interface Fields {
  readonly [field: string]: Kind | Fields;
}

/** The shape of one read method's answer. */
export interface AnswerShape {
  readonly method: string;
  readonly fields: Fields;
}

const withRows: Fields = {rows: 'records'};

export const SESSION: AnswerShape = {method: 'getSession', fields: {partner: 'object', permissions: 'object', tags: 'records', products: 'array'}};

export const CUSTOMER_PAGE: AnswerShape = {
  method: 'listCustomers',
  fields: {
    items: 'records',
    total: 'number',
    facets: {status: 'records', product: 'records', managedBy: 'records', subscriptionType: 'records', tags: 'records'},
  },
};

export const CUSTOMER_DETAIL: AnswerShape = {
  method: 'getCustomer',
  fields: {customer: {id: 'string', name: 'string'}, subscriptions: 'records', trials: 'records', partnerAdmins: 'records', assignableAdmins: 'records'},
};

export const OVERVIEW_KPIS: AnswerShape = {
  method: 'getOverviewKpis',
  fields: {totalCustomers: 'number', nearingExpiration: 'number', nearingRenewal: 'number', lowAssignment: 'number', overLimit: 'number', rules: 'object'},
};

export const SUBSCRIPTION_ANALYTICS: AnswerShape = {
  method: 'getSubscriptionAnalytics',
  fields: {
    product: 'string',
    rules: 'object',
    licenseTrend: 'records',
    recentlyAdded: withRows,
    expiring: withRows,
    renewing: withRows,
    lowAssignment: withRows,
    overLimit: withRows,
  },
};

export const CALLING_ANALYTICS: AnswerShape = {
  method: 'getCallingAnalytics',
  fields: {
    dataAsOf: 'string',
    weeks: 'array',
    usageTrend: 'records',
    customersUsage: 'records',
    qualityTrend: 'records',
    endpointQuality: 'records',
    customersQuality: 'records',
    featureUsage: 'records',
    queue: withRows,
    qualityThresholds: 'object',
  },
};

export const RESOURCES: AnswerShape = {
  method: 'getResources',
  fields: {quickLinks: 'records', featured: 'records', all: 'records', helpdesk: 'object', categories: 'array', products: 'array'},
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fits(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'records':
      return Array.isArray(value) && value.every(isObject);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
  }
}

/** What in `value` does not fit `fields` (a path and what was expected), or null. */
function mismatch(value: unknown, fields: Fields, path = 'the answer'): string | null {
  if (!isObject(value)) return `${path} is not an object`;
  for (const [field, expected] of Object.entries(fields)) {
    const where = `${path}.${field}`;
    const problem =
      typeof expected === 'string'
        ? fits(value[field], expected)
          ? null
          : `${where} is not ${expected === 'records' ? 'an array of objects' : `a valid ${expected}`}`
        : mismatch(value[field], expected, where);
    if (problem) return problem;
  }
  return null;
}

/** `answer`, once it is known to have `shape`; a `MalformedAnswerError` otherwise. */
export async function checked<T>(shape: AnswerShape, answer: Promise<T>): Promise<T> {
  const value = await answer;
  const problem = mismatch(value, shape.fields);
  if (!problem) return value;
  const error = new MalformedAnswerError(shape.method, problem);
  // The viewer reads "The data could not be loaded."; what exactly was wrong is for the integrator.
  console.warn(`[partner-hub] ${error.message}`);
  throw error;
}
