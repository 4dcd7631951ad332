import {defineElement} from '../internal/define.ts';
import {CustomerList} from './customer-list.ts';

defineElement('customer-list', CustomerList);

declare global {
  interface HTMLElementTagNameMap {
    'customer-list': CustomerList;
  }
}
