/** Registers every element of the kit under its default tag name. */
import './customer-detail/define.ts';
import './customer-list/define.ts';
import './kpi-tile/define.ts';
import './license-bar/define.ts';
