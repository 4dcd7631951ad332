/** <customer-list> through the benchmark steps (presentational: the rows set directly). */
import '../../../packages/widgets/src/customer-list/define.ts';
import {nameSortKey} from '../../../packages/core/src/index.ts';
import type {CustomerList} from '../../../packages/widgets/src/customer-list/customer-list.ts';
import {runSteps, type BenchGrid} from './shared.ts';

function ours(): BenchGrid {
  const list = document.createElement('customer-list') as CustomerList;
  const grid = () => list.shadowRoot?.querySelector('[role="grid"]');
  return {
    mount() {
      // The same grid height as ag-grid's host.
      list.style.setProperty('--customer-list-height', '800px');
      document.body.append(list);
    },
    setRows: (rows) => (list.rows = rows),
    sortByNameDescending: () => (list.sort = {key: 'name', direction: 'desc'}),
    // The property applies at once; typing in the box would wait for the debounce.
    filter: (query) => (list.search = query),
    firstRowName: () => grid()?.querySelector('[aria-rowindex="2"] .cell--name')?.textContent?.trim() ?? null,
    rowCount: () => grid()?.getAttribute('aria-rowcount') ?? null,
    // The provider's order and search are the element's (its tests check that they agree).
    async expected(_rows, query, provider) {
      const sort = {key: 'name', direction: 'desc'} as const;
      const [sorted, filtered] = await Promise.all([
        provider.listCustomers({sort, limit: 1}),
        provider.listCustomers({sort, search: query, limit: 1}),
      ]);
      return {sorted: sorted.items[0]!.name, filtered: filtered.items[0]!.name};
    },
    // Names that differ only in case or accents tie in this order.
    same: (a, b) => nameSortKey(a) === nameSortKey(b),
  };
}

(window as unknown as {runBench: (customers: number) => unknown}).runBench = (customers: number) => runSteps(customers, ours());
