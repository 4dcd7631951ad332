/** Page-side helpers shared by both grids in the list benchmark. */
import {InMemoryProvider, generateDataset, type CustomerRow} from '../../../packages/core/src/index.ts';

export interface StepTimes {
  renderMs: number;
  sortMs: number;
  filterMs: number;
  domElements: number;
  heapAddedMb: number;
  rendered: boolean;
}

/** The customers as rows, built before anything is timed. */
export async function rowsFor(customers: number): Promise<CustomerRow[]> {
  const provider = new InMemoryProvider(generateDataset({customers, seed: 11}), {validate: false});
  const page = await provider.listCustomers({limit: customers});
  return page.items;
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

export function heapMb(): number {
  (globalThis as {gc?: () => void}).gc?.();
  return ((performance as unknown as {memory?: {usedJSHeapSize: number}}).memory?.usedJSHeapSize ?? 0) / 2 ** 20;
}

/** A three-letter query that matches some but not all names. */
export function threeLetterQuery(rows: CustomerRow[]): string {
  for (const candidate of ['gmb', 'son', 'tec', 'ber', 'ing']) {
    const matches = rows.filter((row) => row.name.toLowerCase().includes(candidate)).length;
    if (matches > 0 && matches < rows.length) return candidate;
  }
  return rows[0]!.name.slice(0, 3).toLowerCase();
}
