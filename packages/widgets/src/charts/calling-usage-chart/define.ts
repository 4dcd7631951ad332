import {defineElement} from '../../internal/define.ts';
import {CallingUsageChart} from './calling-usage-chart.ts';

defineElement('calling-usage-chart', CallingUsageChart);

declare global {
  interface HTMLElementTagNameMap {
    'calling-usage-chart': CallingUsageChart;
  }
}
