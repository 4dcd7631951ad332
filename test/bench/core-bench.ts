/**
 * Core benchmark for one dataset size (run by run-bench.mjs in its own Node process, so each size
 * gets a clean heap): generation, validation, the one-off index build, each analytics answer and
 * `listCustomers` queries. Prints one JSON line on stdout.
 */
import {callingAnalytics, overviewKpis, prepareDataset, subscriptionAnalytics} from '../../packages/core/src/analytics/index.ts';
import {generateDataset} from '../../packages/core/src/generate.ts';
import {CustomerIndex} from '../../packages/core/src/query/customer-index.ts';
import type {CustomerQuery} from '../../packages/core/src/provider.ts';
import {validateDataset} from '../../packages/core/src/validate.ts';

const customers = Number(process.argv[2] ?? 10_000);
const repeats = customers >= 1_000_000 ? 3 : 7;

function collectGarbage(): void {
  (globalThis as {gc?: () => void}).gc?.();
}

interface Memory {
  heap: number;
  /** Typed-array backing stores: outside the JS heap (and its 2 GB limit), but memory all the same. */
  buffers: number;
}

function memoryMb(): Memory {
  collectGarbage();
  const {heapUsed, arrayBuffers} = process.memoryUsage();
  return {heap: heapUsed / 2 ** 20, buffers: arrayBuffers / 2 ** 20};
}

function growth(from: Memory, to: Memory): Memory {
  return {heap: to.heap - from.heap, buffers: to.buffers - from.buffers};
}

function time<T>(work: () => T): {ms: number; value: T} {
  const start = performance.now();
  const value = work();
  return {ms: performance.now() - start, value};
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median of `repeats` runs; `reset` runs untimed before each, so every run starts cold. */
function medianMs(work: () => unknown, reset: () => void = () => {}): number {
  const runs: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    reset();
    runs.push(time(work).ms);
  }
  return median(runs);
}

const memoryBefore = memoryMb();
const generated = time(() => generateDataset({seed: 42, customers}));
const dataset = generated.value;
const memoryDataset = memoryMb();
const validation = time(() => validateDataset(dataset));

const build = time(() => {
  const prepared = prepareDataset(dataset);
  return {prepared, index: new CustomerIndex(prepared)};
});
const {prepared, index} = build.value;
const memoryIndex = memoryMb();

const clearMemo = () => prepared.cache.clear();
const analytics = {
  overviewKpis: medianMs(() => overviewKpis(prepared), clearMemo),
  subscriptionAnalyticsMeetings: medianMs(() => subscriptionAnalytics(prepared, 'meetings'), clearMemo),
  subscriptionAnalyticsCalling: medianMs(() => subscriptionAnalytics(prepared, 'calling'), clearMemo),
  callingAnalytics: medianMs(() => callingAnalytics(prepared), clearMemo),
};

// Three-letter searches drawn from the data itself, with a filter and a non-default sort.
const searches = ['gmb', 'ab ', 'sol', 'nor', 'tec', '製作所', 'сис'].map((term) => term.trim());
let searchIndex = 0;
const query = (): CustomerQuery => ({
  search: searches[searchIndex++ % searches.length]!,
  filters: {product: ['meetings', 'calling'], status: ['subscription', 'trial', 'expiringSoon']},
  sort: {key: 'licenses', direction: 'desc'},
  offset: 0,
  limit: 50,
});
const firstQuery = time(() => index.query(query()));
const list = {
  firstQueryMs: firstQuery.ms,
  searchFilterSortMs: medianMs(() => index.query(query())),
  sortByNameMs: medianMs(() => index.query({sort: {key: 'name', direction: 'asc'}, limit: 50})),
  unfilteredNextEndDescMs: medianMs(() => index.query({sort: {key: 'nextEnd', direction: 'desc'}, limit: 50})),
  matchedFirstQuery: firstQuery.value.total,
};

console.log(
  JSON.stringify({
    customers,
    subscriptions: dataset.subscriptions.length,
    callingWeeks: dataset.calling.length,
    generateMs: generated.ms,
    validateMs: validation.ms,
    indexBuildMs: build.ms,
    analyticsMs: analytics,
    listCustomers: list,
    memoryMb: {dataset: growth(memoryBefore, memoryDataset), index: growth(memoryDataset, memoryIndex), total: memoryMb()},
  }),
);
