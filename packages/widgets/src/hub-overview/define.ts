import {defineElement} from '../internal/define.ts';
import {HubOverview} from './hub-overview.ts';

defineElement('hub-overview', HubOverview);

declare global {
  interface HTMLElementTagNameMap {
    'hub-overview': HubOverview;
  }
}
