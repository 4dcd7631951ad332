import {defineElement} from '../internal/define.ts';
import {CallingUsageTable} from './calling-usage-table.ts';

defineElement('calling-usage-table', CallingUsageTable);

declare global {
  interface HTMLElementTagNameMap {
    'calling-usage-table': CallingUsageTable;
  }
}
