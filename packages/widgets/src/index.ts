/**
 * @partner-hub/widgets — the kit's custom elements and what they share. Importing this module
 * registers nothing: import an element's `define.ts` (or `@partner-hub/widgets/define`) for that.
 */
export * from './events/index.ts';
export {providerContext, localeContext, productContext} from './internal/context.ts';
export {defineElement} from './internal/define.ts';
export {HubElement} from './internal/hub-element.ts';
export {ConnectedElement} from './internal/connected-element.ts';
export {ProviderData, DEFAULT_TIMEOUT_MS, TimeoutError, type DataStatus} from './internal/provider-data.ts';
export {Formatter, MISSING} from './i18n/format.ts';
export {UI_LANGUAGES, resolveLocale, validLocale} from './i18n/locale.ts';
export {pluralCategory, type PluralCategory} from './i18n/plural.ts';
export {themeStyles, adoptDocumentTokens, adoptTokenSheet} from './themes/tokens.ts';
export {stateStyles} from './internal/states.ts';
export {CustomerList, type CustomerSort} from './customer-list/customer-list.ts';
export {CustomerDetailElement, CUSTOMER_DETAIL_TABS, type CustomerDetailTab} from './customer-detail/customer-detail.ts';
export {statusLabel, statusDescription} from './i18n/statuses.ts';
export {productLabel} from './i18n/products.ts';
export {KpiTile, formatKpiValue, formatKpiDelta, type KpiFormat} from './kpi-tile/kpi-tile.ts';
export {LicenseBar} from './license-bar/license-bar.ts';
export {licenseSegments, type LicenseSegments} from './license-bar/license-segments.ts';
export {HubOverview} from './hub-overview/hub-overview.ts';
export {overviewRule} from './hub-overview/hub-overview.rules.ts';
export {ProductToggle} from './product-toggle/product-toggle.ts';
export {ResourceCenter, RESOURCE_SEARCH_DELAY_MS} from './resource-center/resource-center.ts';
export {DataFreshness} from './data-freshness/data-freshness.ts';
export {SubscriptionSection} from './subscription-section/subscription-section.ts';
export {SUBSCRIPTION_SECTIONS, type SubscriptionSectionId} from './subscription-section/subscription-section.columns.ts';
export {CallingUsageTable} from './calling-usage-table/calling-usage-table.ts';
export {CallQualityTable} from './call-quality-table/call-quality-table.ts';
export {CallQueueInsights} from './call-queue-insights/call-queue-insights.ts';
export {sharedRequest, forgetSharedRequests} from './internal/shared-request.ts';
export * from './charts/index.ts';
