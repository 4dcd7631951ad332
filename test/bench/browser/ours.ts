/** <customer-list> through the benchmark steps. */
import '../../../packages/widgets/src/customer-list/define.ts';
import type {CustomerRow} from '../../../packages/core/src/index.ts';
import {countElements, heapMb, paintedWhen, rowsFor, threeLetterQuery, type StepTimes} from './shared.ts';

type ListElement = HTMLElement & {rows: CustomerRow[]; sort: {key: string; direction: 'asc' | 'desc'}; search: string};

function firstRowText(list: ListElement): string | null {
  const row = list.shadowRoot?.querySelector('[role="row"][aria-rowindex="2"]');
  return row?.textContent ?? null;
}

async function run(customers: number): Promise<StepTimes> {
  const rows = await rowsFor(customers);
  const query = threeLetterQuery(rows);
  const heapBefore = heapMb();
  const list = document.createElement('customer-list') as ListElement;
  list.style.height = '800px';
  document.body.append(list);

  let start = performance.now();
  list.rows = rows;
  const rendered = await paintedWhen(() => firstRowText(list) !== null);
  const renderMs = performance.now() - start;

  const beforeSort = firstRowText(list);
  start = performance.now();
  list.sort = {key: 'name', direction: 'desc'};
  await paintedWhen(() => firstRowText(list) !== beforeSort);
  const sortMs = performance.now() - start;

  const beforeFilter = firstRowText(list);
  start = performance.now();
  list.search = query;
  await paintedWhen(() => firstRowText(list) !== beforeFilter);
  const filterMs = performance.now() - start;

  return {renderMs, sortMs, filterMs, domElements: countElements(), heapAddedMb: heapMb() - heapBefore, rendered};
}

(window as unknown as {runBench: typeof run}).runBench = run;
