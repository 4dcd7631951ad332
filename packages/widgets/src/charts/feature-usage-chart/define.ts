import {defineElement} from '../../internal/define.ts';
import {FeatureUsageChart} from './feature-usage-chart.ts';

defineElement('feature-usage-chart', FeatureUsageChart);

declare global {
  interface HTMLElementTagNameMap {
    'feature-usage-chart': FeatureUsageChart;
  }
}
