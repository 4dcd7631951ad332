import {msg, str} from '@lit/localize';
import type {CallingAnalytics, CustomerQualityRow} from '@partner-hub/core';
import {html, type TemplateResult} from 'lit';
import {endpointLabel} from '../charts/calling-labels.ts';
import {MISSING} from '../i18n/format.ts';
import {CallingTable} from '../internal/calling-table.ts';
import {nameCell, numberColumn, textColumn, type Column, type TableOptions} from '../internal/data-table.ts';

/**
 * "Customers and call quality" (SPEC §3): one row per customer with calling, for last week — calls
 * with media, poor calls, poor rate, average jitter, latency and packet loss, the endpoint type with
 * the highest poor rate, and the change in poor rate against the week before (percentage points).
 * Sortable, paged, with a CSV export of every row in the current order (rates as fractions 0..1,
 * packet loss in %, the change in percentage points).
 *
 * Connected: loads `getCallingAnalytics()` (one call shared by every calling element on the page).
 * Presentational: set `analytics`.
 *
 * @summary Calling customers' call quality last week.
 *
 * @csspart base - The section.
 * @csspart heading - The title.
 * @csspart rule - What makes a call poor.
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
 * @cssstate loading - The analytics are being loaded.
 * @cssstate empty - No customer has calling.
 * @cssstate error - Loading failed; a Retry button is shown.
 */
export class CallQualityTable extends CallingTable<CustomerQualityRow> {
  protected heading(): string {
    return msg('Customers and call quality');
  }

  protected tableOptions(value: CallingAnalytics | undefined): TableOptions<CustomerQualityRow> {
    const format = this.format;
    const count = (number: number | null) => format.number(number);
    const rate = (number: number | null) => format.percent(number, 1);
    const ms = (number: number | null) => format.number(number, {style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0});
    const points = (change: number | null) =>
      change === null ? MISSING : msg(str`${format.change(change * 100, {maximumFractionDigits: 1})} pp`);
    const worst = (row: CustomerQualityRow) => (row.worstEndpoint === null ? null : endpointLabel(row.worstEndpoint));
    const columns: Column<CustomerQualityRow>[] = [
      textColumn('customer', msg('Customer'), (row) => row.customerName, (row) => nameCell(row.customerName)),
      numberColumn('callsWithMedia', msg('Calls with media'), (row) => row.callsWithMedia, count),
      numberColumn('poorCalls', msg('Poor calls'), (row) => row.poorCalls, count),
      numberColumn('poorRate', msg('Poor rate'), (row) => row.poorRate, rate),
      numberColumn('jitter', msg('Average jitter'), (row) => row.avgJitterMs, ms),
      numberColumn('latency', msg('Average latency'), (row) => row.avgLatencyMs, ms),
      numberColumn('packetLoss', msg('Average packet loss'), (row) => row.avgPacketLossPct, (number) =>
        format.percent(number === null ? null : number / 100, 1),
      ),
      {
        id: 'worstEndpoint',
        header: msg('Worst endpoint type'),
        sort: worst,
        // An endpoint type from the data may be very long: cut like a name, in full in the tooltip.
        cell: (row) => {
          const name = worst(row);
          return name === null ? MISSING : nameCell(name);
        },
      },
      {
        id: 'poorRateChange',
        header: msg('Change in poor rate vs. the week before'),
        numeric: true,
        sort: (row) => row.poorRateChange,
        cell: (row) => points(row.poorRateChange),
        // Percentage points, rounded so a spreadsheet shows 1.2 rather than 1.2000000000000002.
        csv: [
          {
            header: msg('Change in poor rate vs. the week before (percentage points)'),
            value: (row) => (row.poorRateChange === null ? null : Math.round(row.poorRateChange * 1e6) / 1e4),
          },
        ],
      },
    ];
    return {
      caption: msg('Calling customers and their call quality last week'),
      captionHidden: true,
      columns,
      rows: value?.customersQuality ?? [],
      empty: msg('No customer has calling.'),
      fileName: 'call-quality',
    };
  }

  protected renderBody(value: CallingAnalytics | undefined): TemplateResult {
    const limits = value?.qualityThresholds ?? {packetLossPct: 5, latencyMs: 400, jitterMs: 150};
    const loss = this.format.percent(limits.packetLossPct / 100);
    const latency = this.format.number(limits.latencyMs);
    const jitter = this.format.number(limits.jitterMs);
    return this.renderCalling(
      value,
      html`<p class="note" part="rule">
        ${msg(
          str`A call is poor when its packet loss is ${loss} or more, its latency ${latency} ms or more, or its jitter ${jitter} ms or more. A missing measurement does not make a call poor.`,
        )}
      </p>`,
    );
  }
}
