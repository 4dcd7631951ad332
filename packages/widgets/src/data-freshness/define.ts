import {defineElement} from '../internal/define.ts';
import {DataFreshness} from './data-freshness.ts';

defineElement('data-freshness', DataFreshness);

declare global {
  interface HTMLElementTagNameMap {
    'data-freshness': DataFreshness;
  }
}
