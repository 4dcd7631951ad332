/** ag-grid-community through the same steps, with the same rows and comparable columns. */
import {AllCommunityModule, ModuleRegistry, createGrid, type ColDef, type GridApi} from 'ag-grid-community';
import type {CustomerRow} from '../../../packages/core/src/index.ts';
import {runSteps, type BenchGrid} from './shared.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

const columns: (ColDef<CustomerRow> & {text: (row: CustomerRow) => string | number})[] = [
  {field: 'name', sortable: true, text: (row) => row.name},
  {colId: 'statuses', text: (row) => row.statuses.map((s) => s.status).join(', ')},
  {colId: 'products', text: (row) => row.products.join(', ')},
  {colId: 'tags', text: (row) => row.tags.map((t) => t.label).join(', ')},
  {colId: 'licenses', text: (row) => row.licenses.total},
  {colId: 'nextEnd', text: (row) => row.nextEnd?.date ?? ''},
];

function agGrid(): BenchGrid {
  const host = document.createElement('div');
  let api: GridApi<CustomerRow>;
  const firstRow = () => host.querySelector('.ag-row[row-index="0"]');
  return {
    mount() {
      host.style.height = '800px';
      document.body.append(host);
      api = createGrid(host, {
        columnDefs: columns.map(({text, ...column}) => (column.field ? column : {...column, valueGetter: (p) => (p.data ? text(p.data) : '')})),
        getRowId: (p) => p.data.id,
      });
    },
    setRows: (rows) => api.setGridOption('rowData', rows),
    sortByNameDescending: () => api.applyColumnState({state: [{colId: 'name', sort: 'desc'}]}),
    filter: (query) => api.setGridOption('quickFilterText', query),
    firstRowName: () => firstRow()?.querySelector('[col-id="name"]')?.textContent ?? null,
    rowCount: () => host.querySelector('[role="grid"], [role="treegrid"]')?.getAttribute('aria-rowcount') ?? null,
    // ag-grid's default comparator is code-unit order; its quick filter matches every word,
    // case-insensitively, anywhere in the row's column values.
    async expected(rows, query) {
      const last = (list: CustomerRow[]) => list.reduce((best, row) => (row.name > best.name ? row : best)).name;
      const needle = query.toUpperCase();
      const matches = rows.filter((row) => columns.map((column) => column.text(row)).join('\n').toUpperCase().includes(needle));
      return {sorted: last(rows), filtered: last(matches)};
    },
    same: (a, b) => a === b,
  };
}

(window as unknown as {runBench: (customers: number) => unknown}).runBench = (customers: number) => runSteps(customers, agGrid());
