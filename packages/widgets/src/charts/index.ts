/** The kit's charts: elements, their shared base, option builders (pure) and palette. Imports no echarts. */
export {ChartElement} from './chart-element.ts';
export {CallingChartElement} from './calling-chart-element.ts';
export {ChartController, type ChartControllerOptions} from './chart-controller.ts';
export {DEFAULT_PALETTE, readPalette, type ChartPalette} from './chart-palette.ts';
export {chartText, type ChartContext, type ChartDefinition, type ChartOption, type ChartTable} from './chart-option.ts';
export {endpointLabel, featureLabel} from './calling-labels.ts';
export {LicenseTrendChart} from './license-trend-chart/license-trend-chart.ts';
export {licenseTrendChart, isLicenseTrendEmpty, licenseTrendOption, licenseTrendSummary, licenseTrendTable} from './license-trend-chart/license-trend-chart.options.ts';
export {CallingUsageChart} from './calling-usage-chart/calling-usage-chart.ts';
export {callingUsageChart, callingUsageOption, callingUsageSummary, callingUsageTable, isCallingUsageEmpty} from './calling-usage-chart/calling-usage-chart.options.ts';
export {CallQualityChart} from './call-quality-chart/call-quality-chart.ts';
export {callQualityChart, callQualityHelp, callQualityOption, callQualitySummary, callQualityTable, isCallQualityEmpty} from './call-quality-chart/call-quality-chart.options.ts';
export {EndpointQualityChart} from './endpoint-quality-chart/endpoint-quality-chart.ts';
export {endpointQualityChart, endpointQualityOption, endpointQualitySummary, endpointQualityTable, isEndpointQualityEmpty} from './endpoint-quality-chart/endpoint-quality-chart.options.ts';
export {FeatureUsageChart} from './feature-usage-chart/feature-usage-chart.ts';
export {featureUsageChart, featureUsageOption, featureUsageSummary, featureUsageTable, featuresByCalls, isFeatureUsageEmpty} from './feature-usage-chart/feature-usage-chart.options.ts';
export {chartThemeStyles, adoptChartTokens} from './chart-tokens.ts';
