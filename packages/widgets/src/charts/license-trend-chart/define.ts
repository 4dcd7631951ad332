import {defineElement} from '../../internal/define.ts';
import {LicenseTrendChart} from './license-trend-chart.ts';

defineElement('license-trend-chart', LicenseTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'license-trend-chart': LicenseTrendChart;
  }
}
