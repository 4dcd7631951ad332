/** ag-grid-community through the same steps, with the same rows and comparable columns. */
import {AllCommunityModule, ModuleRegistry, createGrid, type GridApi} from 'ag-grid-community';
import type {CustomerRow} from '../../../packages/core/src/index.ts';
import {countElements, heapMb, paintedWhen, rowsFor, threeLetterQuery, type StepTimes} from './shared.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

function firstRowText(host: HTMLElement): string | null {
  const row = host.querySelector('.ag-center-cols-container .ag-row[row-index="0"]');
  return row?.textContent ?? null;
}

async function run(customers: number): Promise<StepTimes> {
  const rows = await rowsFor(customers);
  const query = threeLetterQuery(rows);
  const heapBefore = heapMb();
  const host = document.createElement('div');
  host.style.height = '800px';
  document.body.append(host);
  const api: GridApi<CustomerRow> = createGrid(host, {
    columnDefs: [
      {field: 'name', sortable: true},
      {colId: 'statuses', valueGetter: (p) => p.data?.statuses.map((s) => s.status).join(', ')},
      {colId: 'products', valueGetter: (p) => p.data?.products.join(', ')},
      {colId: 'tags', valueGetter: (p) => p.data?.tags.map((t) => t.label).join(', ')},
      {colId: 'licenses', valueGetter: (p) => p.data?.licenses.total},
      {colId: 'nextEnd', valueGetter: (p) => p.data?.nextEnd?.date ?? ''},
    ],
    getRowId: (p) => p.data.id,
  });

  let start = performance.now();
  api.setGridOption('rowData', rows);
  const rendered = await paintedWhen(() => firstRowText(host) !== null);
  const renderMs = performance.now() - start;

  const beforeSort = firstRowText(host);
  start = performance.now();
  api.applyColumnState({state: [{colId: 'name', sort: 'desc'}]});
  await paintedWhen(() => firstRowText(host) !== beforeSort);
  const sortMs = performance.now() - start;

  const beforeFilter = firstRowText(host);
  start = performance.now();
  api.setGridOption('quickFilterText', query);
  await paintedWhen(() => firstRowText(host) !== beforeFilter);
  const filterMs = performance.now() - start;

  return {renderMs, sortMs, filterMs, domElements: countElements(), heapAddedMb: heapMb() - heapBefore, rendered};
}

(window as unknown as {runBench: typeof run}).runBench = run;
