/**
 * The in-memory engine behind `<partner-hub>`'s `partnerDataset`: validation, analytics and the
 * customer index. Imported dynamically, so a hub on the host's own provider never loads it.
 */
import {InMemoryProvider, validateDataset, type PartnerHubDataProvider} from '@partner-hub/core';

/** Validates `json` (throws `DatasetError` listing the problems) and serves it. */
export function datasetProvider(json: unknown): PartnerHubDataProvider {
  return new InMemoryProvider(validateDataset(json));
}
