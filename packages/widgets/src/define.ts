/** Registers every element of the kit under its default tag name. */
import './call-quality-table/define.ts';
import './charts/define.ts';
import './call-queue-insights/define.ts';
import './calling-usage-table/define.ts';
import './customer-detail/define.ts';
import './customer-list/define.ts';
import './data-freshness/define.ts';
import './hub-overview/define.ts';
import './kpi-tile/define.ts';
import './license-bar/define.ts';
import './product-toggle/define.ts';
import './resource-center/define.ts';
import './subscription-section/define.ts';
