export {CustomerSelectEvent} from './customer-select.ts';
export {KpiActivateEvent} from './kpi-activate.ts';
export {LaunchOrgEvent} from './launch-org.ts';
export {ProductChangeEvent} from './product-change.ts';
export {StartTrialEvent} from './start-trial.ts';
export {TagsChangeEvent} from './tags-change.ts';
