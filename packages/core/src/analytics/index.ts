export {DEFAULT_ANALYTICS_OPTIONS, resolveAnalyticsOptions, type AnalyticsOptions} from './options.ts';
export {
  CALLING_WEEKS,
  TREND_WEEKS,
  addPreparedCustomer,
  addPreparedRecord,
  prepareDataset,
  type CustomerColumns,
  type PreparedCalling,
  type PreparedDataset,
  type RecordColumns,
  type TrendSums,
} from './prepare.ts';
export {median, rate} from './math.ts';
export {STATUS_BIT, customerStatusBits, customerStatuses, statusSeverity} from './statuses.ts';
export {lowAssignment, type LowAssignmentResult} from './low-assignment.ts';
export {isExpiring, isOverLimit, isRenewing, KPI_BIT, overviewKpiBits, overviewKpis} from './overview.ts';
export {expiring, licenseTrend, lowAssignmentSection, overLimit, recentlyAdded, renewing, subscriptionAnalytics} from './subscriptions.ts';
export {
  QUALITY_THRESHOLDS,
  callQueueInsights,
  callingAnalytics,
  callingCustomers,
  customersQuality,
  customersUsage,
  endpointQuality,
  featureUsage,
  qualityTrend,
  usageTrend,
  worstEndpoint,
} from './calling.ts';
