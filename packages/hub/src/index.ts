/**
 * Entry of the single-file bundle (dist/partner-hub.js) and of the hub package: everything an
 * embedding page needs from one import.
 */
export * from '@partner-hub/core';
