/**
 * `<partner-hub>` and every element of the kit except the charts: those tags stay undefined
 * (inert), so the page needs nothing for echarts. The host creates no Trusted Types policy.
 */
import './recorder.ts';
import '../../../packages/widgets/src/call-quality-table/define.ts';
import '../../../packages/widgets/src/call-queue-insights/define.ts';
import '../../../packages/widgets/src/calling-usage-table/define.ts';
import '../../../packages/widgets/src/customer-detail/define.ts';
import '../../../packages/widgets/src/customer-list/define.ts';
import '../../../packages/widgets/src/data-freshness/define.ts';
import '../../../packages/widgets/src/hub-overview/define.ts';
import '../../../packages/widgets/src/kpi-tile/define.ts';
import '../../../packages/widgets/src/license-bar/define.ts';
import '../../../packages/widgets/src/product-toggle/define.ts';
import '../../../packages/widgets/src/resource-center/define.ts';
import '../../../packages/widgets/src/subscription-section/define.ts';
import {defineElement} from '../../../packages/widgets/src/internal/define.ts';
import {PartnerHub} from '../../../packages/hub/src/partner-hub.ts';
import {mountHub} from './hub-data.ts';

defineElement('partner-hub', PartnerHub);
mountHub();
