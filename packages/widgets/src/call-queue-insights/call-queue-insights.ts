import {msg} from '@lit/localize';
import type {CallingAnalytics, QueueRow} from '@partner-hub/core';
import type {TemplateResult} from 'lit';
import {renderKpis} from '../internal/analytics-element.ts';
import {CallingTable} from '../internal/calling-table.ts';
import {nameCell, numberColumn, textColumn, type Column, type TableOptions} from '../internal/data-table.ts';

/**
 * "Call queue insights" (SPEC §3), last week, over the customers with call queue data: average
 * time to answer (weighted by answered calls), average wait before a caller abandoned (weighted by
 * abandoned calls) and the abandon rate as KPI tiles, then one row per customer — queues, calls
 * offered, answered, abandoned, abandon rate and the two averages. Sortable, paged, with a CSV
 * export of every row in the current order (durations in seconds, the rate as a fraction 0..1).
 *
 * Connected: loads `getCallingAnalytics()` (one call shared by every calling element on the page).
 * Presentational: set `analytics`.
 *
 * @summary Call queue KPIs and per-customer queue figures for last week.
 *
 * @csspart base - The section.
 * @csspart heading - The title.
 * @csspart kpis - The row of KPI tiles.
 * @csspart kpi - Each `<kpi-tile>`.
 * @csspart table-scroll - The scroll container around the table.
 * @csspart table - The table.
 * @csspart table-footer - The row range, paging buttons and export button.
 * @csspart previous - The "Previous" page button.
 * @csspart next - The "Next" page button.
 * @csspart export - The "Export CSV" button.
 * @csspart empty - The sentence shown when no customer had queue data last week.
 * @csspart loading - The loading block.
 * @csspart error - The error block with its Retry button.
 *
 * @cssstate loading - The analytics are being loaded.
 * @cssstate empty - No customer had call queue data last week.
 * @cssstate error - Loading failed; a Retry button is shown.
 */
export class CallQueueInsights extends CallingTable<QueueRow> {
  protected heading(): string {
    return msg('Call queue insights');
  }

  protected tableOptions(value: CallingAnalytics | undefined): TableOptions<QueueRow> {
    const format = this.format;
    const count = (number: number | null) => format.number(number);
    const duration = (seconds: number | null) => format.duration(seconds);
    const columns: Column<QueueRow>[] = [
      textColumn('customer', msg('Customer'), (row) => row.customerName, (row) => nameCell(row.customerName)),
      numberColumn('queues', msg('Queues'), (row) => row.queues, count),
      numberColumn('offered', msg('Calls offered'), (row) => row.offered, count),
      numberColumn('answered', msg('Answered'), (row) => row.answered, count),
      numberColumn('abandoned', msg('Abandoned'), (row) => row.abandoned, count),
      numberColumn('abandonRate', msg('Abandon rate'), (row) => row.abandonRate, (rate) => format.percent(rate, 1)),
      {
        ...numberColumn<QueueRow>('timeToAnswer', msg('Average time to answer'), (row) => row.avgTimeToAnswerSec, duration),
        csv: [{header: msg('Average time to answer (seconds)'), value: (row) => row.avgTimeToAnswerSec}],
      },
      {
        ...numberColumn<QueueRow>('waitBeforeAbandon', msg('Average wait before abandoning'), (row) => row.avgWaitBeforeAbandonSec, duration),
        csv: [{header: msg('Average wait before abandoning (seconds)'), value: (row) => row.avgWaitBeforeAbandonSec}],
      },
    ];
    return {
      caption: msg('Call queues per customer last week'),
      captionHidden: true,
      columns,
      rows: value?.queue.rows ?? [],
      empty: msg('No customer had call queue activity last week.'),
      fileName: 'call-queues',
    };
  }

  protected renderBody(value: CallingAnalytics | undefined): TemplateResult {
    const queue = value?.queue;
    return this.renderCalling(
      value,
      renderKpis(
        [
          {kpi: 'avgTimeToAnswer', label: msg('Average time to answer'), value: queue?.avgTimeToAnswer, format: 'duration'},
          {kpi: 'avgWaitBeforeAbandon', label: msg('Average wait before abandoning'), value: queue?.avgWaitBeforeAbandon, format: 'duration'},
          {kpi: 'abandonRate', label: msg('Abandon rate'), value: queue?.abandonRate, format: 'percent'},
        ],
        !value,
      ),
    );
  }
}
