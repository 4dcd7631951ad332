/**
 * @partner-hub/widgets — the kit's custom elements and what they share. Importing this module
 * registers nothing: import an element's `define.ts` (or `@partner-hub/widgets/define`) for that.
 */
export * from './events/index.ts';
export {providerContext, localeContext, productContext} from './internal/context.ts';
export {defineElement} from './internal/define.ts';
export {HubElement} from './internal/hub-element.ts';
export {ConnectedElement} from './internal/connected-element.ts';
export {ProviderData, DEFAULT_TIMEOUT_MS, TimeoutError, type DataStatus} from './internal/provider-data.ts';
export {Formatter, MISSING} from './i18n/format.ts';
export {UI_LANGUAGES, resolveLocale, validLocale} from './i18n/locale.ts';
export {themeStyles, adoptDocumentTokens} from './themes/tokens.ts';
