/**
 * Entry of the single-file bundle (dist/partner-hub.js) and of the hub package: everything an
 * embedding page needs from one import. Importing it registers every element.
 */
export * from '@partner-hub/core';
export * from '@partner-hub/widgets';
import '@partner-hub/widgets/define';
