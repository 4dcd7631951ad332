/**
 * Entry of the single-file bundle (dist/partner-hub.js) and of the hub package: everything an
 * embedding page needs from one import. Importing it registers every element.
 */
export * from '@partner-hub/core';
export * from '@partner-hub/widgets';
export {PartnerHub, HUB_AREAS, type HubArea} from './partner-hub.ts';
import './define.ts';
