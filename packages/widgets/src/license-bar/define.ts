import {defineElement} from '../internal/define.ts';
import {LicenseBar} from './license-bar.ts';

defineElement('license-bar', LicenseBar);

declare global {
  interface HTMLElementTagNameMap {
    'license-bar': LicenseBar;
  }
}
