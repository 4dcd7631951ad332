import {defineElement} from '../internal/define.ts';
import {CallQueueInsights} from './call-queue-insights.ts';

defineElement('call-queue-insights', CallQueueInsights);

declare global {
  interface HTMLElementTagNameMap {
    'call-queue-insights': CallQueueInsights;
  }
}
