/**
 * @partner-hub/core — the data model, validation, analytics, query engine, in-memory provider and
 * demo-data generator. No DOM, no Lit: runs in Node and the browser.
 */
export * from './model.ts';
export * from './provider.ts';
export {DatasetError, MAX_PROBLEMS, validateDataset, type DatasetProblem} from './validate.ts';
export {DEFAULT_AS_OF, generateDataset, type GenerateOptions} from './generate.ts';
export {InMemoryProvider, type InMemoryProviderOptions} from './in-memory-provider.ts';
export {CustomerIndex, DEFAULT_PAGE_SIZE} from './query/customer-index.ts';
export {foldForSearch, nameSortKey, searchTerms, sortKeyOfFolded} from './query/fold.ts';
export * from './analytics/index.ts';
export {DAY_MS, WEEK_MS, completedMonths, daysSince, daysUntil, parseIsoDate, sundayWeekStart} from './time.ts';
