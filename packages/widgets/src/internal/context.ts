/**
 * Context keys the kit's elements consume and `<partner-hub>` (or any host) provides. The keys are
 * registered symbols (`Symbol.for`), so two copies of the kit on one page still find each other.
 */
import {createContext} from '@lit/context';
import type {AnalyticsProduct, PartnerHubDataProvider} from '@partner-hub/core';

export const providerContext = createContext<PartnerHubDataProvider | undefined>(Symbol.for('partner-hub.provider'));
/** A BCP 47 tag; an element's own `lang` wins over it. */
export const localeContext = createContext<string | undefined>(Symbol.for('partner-hub.locale'));
export const productContext = createContext<AnalyticsProduct | undefined>(Symbol.for('partner-hub.product'));
