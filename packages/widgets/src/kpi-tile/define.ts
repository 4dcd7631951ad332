import {defineElement} from '../internal/define.ts';
import {KpiTile} from './kpi-tile.ts';

defineElement('kpi-tile', KpiTile);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-tile': KpiTile;
  }
}
