import {msg, str} from '@lit/localize';
import type {CallingAnalytics, CustomerUsageRow} from '@partner-hub/core';
import {css, html, type TemplateResult} from 'lit';
import {CallingTable} from '../internal/calling-table.ts';
import {nameCell, numberColumn, textColumn, type Column, type TableOptions} from '../internal/data-table.ts';
import {sparkline} from './sparkline.ts';

/** UTC calendar date of a week start, for CSV headers. */
function isoDate(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * "Customers and usage" of calling (SPEC §3): one row per customer with calling, for last week —
 * calling licences assigned of total, active users, calls, minutes, calls per active user, the
 * change in calls against the week before and an 8-week sparkline of calls. Sortable, paged, with
 * a CSV export of every row in the current order (the sparkline as one column per week).
 *
 * Connected: loads `getCallingAnalytics()` (one call shared by every calling element on the page).
 * Presentational: set `analytics`.
 *
 * @summary Calling customers' usage last week, with an 8-week trend per customer.
 *
 * @csspart base - The section.
 * @csspart heading - The title.
 * @csspart table-scroll - The scroll container around the table.
 * @csspart table - The table.
 * @csspart table-footer - The row range, paging buttons and export button.
 * @csspart previous - The "Previous" page button.
 * @csspart next - The "Next" page button.
 * @csspart export - The "Export CSV" button.
 * @csspart empty - The sentence shown when no customer has calling.
 * @csspart loading - The loading block.
 * @csspart error - The error block with its Retry button.
 *
 * @cssproperty [--calling-usage-table-sparkline-color=var(--ph-color-accent)] - Colour of the sparklines.
 *
 * @cssstate loading - The analytics are being loaded.
 * @cssstate empty - No customer has calling.
 * @cssstate error - Loading failed; a Retry button is shown.
 */
export class CallingUsageTable extends CallingTable<CustomerUsageRow> {
  static override styles = [
    ...CallingTable.styles,
    css`
      .sparkline {
        width: 4.25rem;
        height: 1.1rem;
        vertical-align: middle;
        color: var(--calling-usage-table-sparkline-color, var(--ph-color-accent));
      }
      .sparkline polyline {
        fill: none;
        stroke: currentColor;
        stroke-width: 1.5;
        stroke-linejoin: round;
        vector-effect: non-scaling-stroke;
      }
      .sparkline circle {
        fill: currentColor;
      }
      @media (forced-colors: active) {
        .sparkline {
          color: CanvasText;
        }
      }
    `,
  ];

  protected heading(): string {
    return msg('Customers and usage');
  }

  protected tableOptions(value: CallingAnalytics | undefined): TableOptions<CustomerUsageRow> {
    const format = this.format;
    const count = (number: number | null) => format.number(number);
    const weekly = (row: CustomerUsageRow) =>
      row.callsByWeek.map((calls) => (calls === null ? msg('no data') : format.number(calls))).join(', ');
    const columns: Column<CustomerUsageRow>[] = [
      textColumn('customer', msg('Customer'), (row) => row.customerName, (row) => nameCell(row.customerName)),
      {
        id: 'licenses',
        header: msg('Calling licenses assigned / total'),
        numeric: true,
        sort: (row) => row.assignedLicenses,
        cell: (row) => msg(str`${count(row.assignedLicenses)} / ${count(row.totalLicenses)}`),
        csv: [
          {header: msg('Calling licenses assigned'), value: (row) => row.assignedLicenses},
          {header: msg('Calling licenses total'), value: (row) => row.totalLicenses},
        ],
      },
      numberColumn('activeUsers', msg('Active users'), (row) => row.activeUsers, count),
      numberColumn('calls', msg('Calls'), (row) => row.calls, count),
      numberColumn('minutes', msg('Minutes'), (row) => row.minutes, count),
      numberColumn('callsPerUser', msg('Calls per active user'), (row) => row.callsPerActiveUser, (number) => format.decimal(number)),
      numberColumn('callsChange', msg('Change in calls vs. the week before'), (row) => row.callsChange, (number) => format.change(number)),
      {
        id: 'trend',
        header: msg('Calls, last 8 weeks'),
        cell: (row) => html`${sparkline(row.callsByWeek)}<span class="visually-hidden">${weekly(row)}</span>`,
        csv: (value?.weeks ?? []).map((week, index) => ({
          header: msg(str`Calls in the week of ${isoDate(week)}`),
          value: (row: CustomerUsageRow) => row.callsByWeek[index] ?? null,
        })),
      },
    ];
    return {
      caption: msg('Calling customers and their usage last week'),
      captionHidden: true,
      columns,
      rows: value?.customersUsage ?? [],
      empty: msg('No customer has calling.'),
      fileName: 'calling-usage',
    };
  }

  protected renderBody(value: CallingAnalytics | undefined): TemplateResult {
    return this.renderCalling(value);
  }
}
