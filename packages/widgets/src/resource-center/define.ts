import {defineElement} from '../internal/define.ts';
import {ResourceCenter} from './resource-center.ts';

defineElement('resource-center', ResourceCenter);

declare global {
  interface HTMLElementTagNameMap {
    'resource-center': ResourceCenter;
  }
}
