/**
 * @lit/localize in runtime mode: English is the source; every visible string goes through `msg()`.
 * The translated catalogues are added by the localisation work (SPEC §4); until then every
 * language shows the English messages while numbers and dates already follow the locale.
 */
import {configureLocalization} from '@lit/localize';
import {SOURCE_LANGUAGE} from './locale.ts';

export const TARGET_LANGUAGES: readonly string[] = [];

function configure(): {getLocale: () => string; setLocale: (locale: string) => Promise<void>} {
  try {
    return configureLocalization({
      sourceLocale: SOURCE_LANGUAGE,
      targetLocales: TARGET_LANGUAGES,
      loadLocale: (locale) => Promise.reject(new Error(`No translations for ${locale} yet.`)),
    });
  } catch (error) {
    // @lit/localize can be configured once per page. A second copy of the kit (or a host app that
    // uses lit-localize itself) keeps its configuration; this copy shows its source messages.
    console.warn('[partner-hub] @lit/localize is already configured on this page; showing English messages.', error);
    return {getLocale: () => SOURCE_LANGUAGE, setLocale: () => Promise.resolve()};
  }
}

export const {getLocale, setLocale} = configure();
