import {defineElement} from '../../internal/define.ts';
import {EndpointQualityChart} from './endpoint-quality-chart.ts';

defineElement('endpoint-quality-chart', EndpointQualityChart);

declare global {
  interface HTMLElementTagNameMap {
    'endpoint-quality-chart': EndpointQualityChart;
  }
}
