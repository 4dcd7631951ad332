import {consume} from '@lit/context';
import {msg} from '@lit/localize';
import type {AnalyticsProduct, PartnerHubDataProvider, SubscriptionAnalytics, SubscriptionRowBase} from '@partner-hub/core';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {AnalyticsElement, renderKpis} from '../internal/analytics-element.ts';
import {productContext} from '../internal/context.ts';
import type {TableOptions} from '../internal/data-table.ts';
import {renderLoading} from '../internal/states.ts';
import {SUBSCRIPTION_SECTIONS, lowAssignmentRule, sectionContent, type SubscriptionSectionId} from './subscription-section.columns.ts';
import {checked, SUBSCRIPTION_ANALYTICS} from '../internal/checked-answer.ts';

/**
 * One subscription section of the chosen product (SPEC §3): recently added, expiring, renewing,
 * low license assignment or over license limit. Its KPI tiles, then a sortable, paged table of the
 * subscriptions behind them with a CSV export of all of them in the current order.
 *
 * Connected: it loads `getSubscriptionAnalytics(product)` from the provider; the sections, the
 * licence trend chart and the overview of one hub share that call. Presentational: set `analytics`.
 * The `product` follows the hub's product toggle (context) and can be set directly.
 *
 * The table's CSV holds the provider's numbers: rates as fractions (0..1), counts and days as is.
 *
 * @summary A subscription section: KPI tiles and a sortable, exportable table.
 *
 * @csspart base - The section.
 * @csspart heading - The section title.
 * @csspart kpis - The row of KPI tiles.
 * @csspart kpi - Each `<kpi-tile>`.
 * @csspart rule - The low-assignment rule in words (low-assignment section only).
 * @csspart table-scroll - The scroll container around the table.
 * @csspart table - The table.
 * @csspart table-footer - The row range, paging buttons and export button.
 * @csspart previous - The "Previous" page button.
 * @csspart next - The "Next" page button.
 * @csspart export - The "Export CSV" button.
 * @csspart empty - The sentence shown when there are no subscriptions.
 * @csspart loading - The loading block.
 * @csspart error - The error block with its Retry button.
 *
 * @cssstate loading - The analytics are being loaded.
 * @cssstate empty - The section has no subscriptions.
 * @cssstate error - Loading failed; a Retry button is shown.
 */
export class SubscriptionSection extends AnalyticsElement<SubscriptionAnalytics, SubscriptionRowBase> {
  /** Which section: `recently-added`, `expiring`, `renewing`, `low-assignment` or `over-limit`. */
  @property({attribute: 'section', reflect: true}) section: SubscriptionSectionId = 'recently-added';

  /** The product (`meetings` or `calling`); provided by an enclosing hub's product toggle. */
  @consume({context: productContext, subscribe: true})
  @property({attribute: 'product', reflect: true})
  product: AnalyticsProduct | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another product or section is another list: start it from its first page, unsorted.
    if ((changed.has('product') && changed.get('product') !== undefined) || (changed.has('section') && changed.get('section') !== undefined)) {
      this.table.page = 0;
      this.table.sort = null;
    }
  }

  get #product(): AnalyticsProduct {
    return this.product === 'calling' ? 'calling' : 'meetings';
  }

  get #section(): SubscriptionSectionId {
    return SUBSCRIPTION_SECTIONS.includes(this.section) ? this.section : 'recently-added';
  }

  protected requestKey(): string {
    return `subscriptionAnalytics:${this.#product}`;
  }

  protected request(provider: PartnerHubDataProvider, signal: AbortSignal): Promise<SubscriptionAnalytics> {
    return checked(SUBSCRIPTION_ANALYTICS, provider.getSubscriptionAnalytics(this.#product, {signal}));
  }

  protected override answers(value: SubscriptionAnalytics): boolean {
    return value.product === this.#product;
  }

  protected heading(value: SubscriptionAnalytics | undefined): string {
    return sectionContent(this.#section, value, this.format).title;
  }

  protected isEmpty(value: SubscriptionAnalytics): boolean {
    return sectionContent(this.#section, value, this.format).rows.length === 0;
  }

  protected tableOptions(value: SubscriptionAnalytics | undefined): TableOptions<SubscriptionRowBase> {
    const {title, columns, rows, empty} = sectionContent(this.#section, value, this.format);
    return {caption: title, captionHidden: true, columns, rows, empty, fileName: `${this.#section}-${value?.product ?? this.#product}`};
  }

  protected renderBody(value: SubscriptionAnalytics | undefined): TemplateResult {
    const section = this.#section;
    return html`${renderKpis(sectionContent(section, value, this.format).kpis, !value)}
    ${section === 'low-assignment' && value ? html`<p class="note" part="rule">${lowAssignmentRule(value, this.format)}</p>` : nothing}
    ${value ? this.table.render(this.tableOptions(value)) : renderLoading(msg('Loading subscriptions…'))}`;
  }
}
