/** Page-side steps shared by both grids in the list benchmark: the same rows, the same steps, the same checks. */
import {InMemoryProvider, generateDataset, type CustomerRow} from '../../../packages/core/src/index.ts';

export interface StepTimes {
  renderMs: number;
  sortMs: number;
  filterMs: number;
  domElements: number;
  heapAddedMb: number;
  /** Every step reached the state it waits for (no timeout). */
  rendered: boolean;
}

/** One grid, driven through the benchmark steps. */
export interface BenchGrid {
  /** Mounts the (empty) grid; not timed. */
  mount(): void;
  setRows(rows: CustomerRow[]): void;
  sortByNameDescending(): void;
  /** Applies a quick filter at once (no debounce). */
  filter(query: string): void;
  /** The name in the first data row as painted, or null while there is none. */
  firstRowName(): string | null;
  /** The grid's `aria-rowcount` as painted (rows shown, header included). */
  rowCount(): string | null;
  /**
   * What the first row must show once each step is done, by this grid's own rules (collation,
   * what a quick filter matches); compared with `same`. Not timed.
   */
  expected(rows: CustomerRow[], query: string, provider: InMemoryProvider): Promise<{sorted: string; filtered: string}>;
  same(a: string, b: string): boolean;
}

/** The customers as rows (and the provider they came from), built before anything is timed. */
export async function rowsFor(customers: number): Promise<{rows: CustomerRow[]; provider: InMemoryProvider}> {
  const provider = new InMemoryProvider(generateDataset({customers, seed: 11}), {validate: false});
  const page = await provider.listCustomers({limit: customers});
  return {rows: page.items, provider};
}

/** Resolves on the first frame in which `ready()` holds (checked after each animation frame). */
export function paintedWhen(ready: () => boolean, timeoutMs = 30_000): Promise<boolean> {
  const start = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      if (ready()) {
        // A task after the frame callback: the frame that shows the rows has been produced.
        setTimeout(() => resolve(true), 0);
      } else if (performance.now() - start > timeoutMs) {
        resolve(false);
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  });
}

/** Every element on the page, inside open shadow roots too. */
export function countElements(root: Document | ShadowRoot = document): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/**
 * The JS heap in MB once garbage is gone. One gc() is not enough: what the last steps dropped (the
 * dataset the rows were made from) is freed over the next tasks, so collect until it stops shrinking.
 */
export async function heapMb(): Promise<number> {
  const used = () => ((performance as unknown as {memory?: {usedJSHeapSize: number}}).memory?.usedJSHeapSize ?? 0) / 2 ** 20;
  let before = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 20 && used() < before - 0.05; round += 1) {
    before = used();
    (globalThis as {gc?: () => void}).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return used();
}

/** A three-letter query that matches some but not all names. */
export function threeLetterQuery(rows: CustomerRow[]): string {
  for (const candidate of ['gmb', 'son', 'tec', 'ber', 'ing']) {
    const matches = rows.filter((row) => row.name.toLowerCase().includes(candidate)).length;
    if (matches > 0 && matches < rows.length) return candidate;
  }
  return rows[0]!.name.slice(0, 3).toLowerCase();
}

/**
 * Render (rows set → first row painted), sort by name descending (→ the first row of that order
 * painted), 3-letter quick filter (→ the first matching row painted), then DOM size and heap.
 * Each step waits for the exact row it must produce, so a grid cannot pass a step early.
 */
export async function runSteps(customers: number, grid: BenchGrid): Promise<StepTimes> {
  let source: Awaited<ReturnType<typeof rowsFor>> | undefined = await rowsFor(customers);
  const {rows} = source;
  const query = threeLetterQuery(rows);
  const expected = await grid.expected(rows, query, source.provider);
  // The provider is not part of what is measured: let it be collected before the heap is read.
  source = undefined;
  const shows = (name: string) => () => {
    const first = grid.firstRowName();
    return first !== null && grid.same(first, name);
  };
  const heapBefore = await heapMb();
  grid.mount();

  let start = performance.now();
  grid.setRows(rows);
  let rendered = await paintedWhen(() => grid.firstRowName() !== null);
  const renderMs = performance.now() - start;

  start = performance.now();
  grid.sortByNameDescending();
  rendered = (await paintedWhen(shows(expected.sorted))) && rendered;
  const sortMs = performance.now() - start;

  // The count must change too: the first row of the filtered list may be the same as before.
  const countBefore = grid.rowCount();
  start = performance.now();
  grid.filter(query);
  const filtered = shows(expected.filtered);
  rendered = (await paintedWhen(() => grid.rowCount() !== countBefore && filtered())) && rendered;
  const filterMs = performance.now() - start;

  return {renderMs, sortMs, filterMs, domElements: countElements(), heapAddedMb: (await heapMb()) - heapBefore, rendered};
}
