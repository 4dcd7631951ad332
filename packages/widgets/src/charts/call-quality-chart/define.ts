import {defineElement} from '../../internal/define.ts';
import {CallQualityChart} from './call-quality-chart.ts';

defineElement('call-quality-chart', CallQualityChart);

declare global {
  interface HTMLElementTagNameMap {
    'call-quality-chart': CallQualityChart;
  }
}
