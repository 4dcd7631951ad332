import {defineElement} from '../internal/define.ts';
import {ProductToggle} from './product-toggle.ts';

defineElement('product-toggle', ProductToggle);

declare global {
  interface HTMLElementTagNameMap {
    'product-toggle': ProductToggle;
  }
}
