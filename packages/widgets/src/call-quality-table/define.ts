import {defineElement} from '../internal/define.ts';
import {CallQualityTable} from './call-quality-table.ts';

defineElement('call-quality-table', CallQualityTable);

declare global {
  interface HTMLElementTagNameMap {
    'call-quality-table': CallQualityTable;
  }
}
