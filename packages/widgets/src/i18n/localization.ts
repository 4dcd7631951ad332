/**
 * Messages per element, not per page. `msg()` from @lit/localize marks every visible string (and
 * `lit-localize extract` collects them into packages/widgets/xliff); at run time the kit installs
 * its own `msg` implementation that answers in the language of the element being rendered. So a
 * `<partner-hub lang="de">` beside a `<customer-list lang="ja">` shows German and Japanese at
 * once, and a host page that switches `<html lang>` switches every element that has no `lang` of
 * its own.
 *
 * The catalogues (generated from the XLIFF files by `npm run i18n`) load on demand, one chunk per
 * language; an element whose language is still loading waits for it before it renders, so a page
 * never flashes English first. A catalogue that cannot load (a chunk the host did not serve)
 * leaves English in place, with one warning.
 */
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {LocaleModule, MsgFn} from '@lit/localize';
import {SOURCE_LANGUAGE, UI_LANGUAGES, type UiLanguage} from './locale.ts';

type Templates = LocaleModule['templates'];
export type TargetLanguage = Exclude<UiLanguage, 'en'>;

/** One dynamic import per language: each catalogue is its own chunk. */
const LOADERS: Record<TargetLanguage, () => Promise<LocaleModule>> = {
  de: () => import('./generated/de.ts'),
  fr: () => import('./generated/fr.ts'),
  sv: () => import('./generated/sv.ts'),
  ja: () => import('./generated/ja.ts'),
  sr: () => import('./generated/sr.ts'),
};

export const TARGET_LANGUAGES = Object.keys(LOADERS) as TargetLanguage[];

const catalogues = new Map<UiLanguage, Templates | undefined>([[SOURCE_LANGUAGE, undefined]]);
const loading = new Map<UiLanguage, Promise<void>>();

/** The UI language for a resolved BCP 47 locale: `de-CH` → `de`, `sr-Latn-RS` → `sr`, others → English. */
export function uiLanguage(locale: string | undefined): UiLanguage {
  const language = (locale ?? '').split('-')[0]?.toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as UiLanguage) : SOURCE_LANGUAGE;
}

/** Whether `language`'s messages are ready (English always is; so is a catalogue that failed to load). */
export function isLanguageReady(language: UiLanguage): boolean {
  return catalogues.has(language);
}

/**
 * Loads `language`'s catalogue once; resolves when it is usable. Never rejects: a failed load is
 * reported once and the language then shows English.
 */
export function loadLanguage(language: UiLanguage): Promise<void> {
  if (catalogues.has(language)) return Promise.resolve();
  const known = loading.get(language);
  if (known) return known;
  const pending = LOADERS[language as TargetLanguage]().then(
    (module) => {
      catalogues.set(language, module.templates);
    },
    (error: unknown) => {
      console.warn(`[partner-hub] The "${language}" messages could not be loaded; showing English.`, error);
      catalogues.set(language, undefined);
    },
  );
  loading.set(language, pending);
  void pending.finally(() => loading.delete(language));
  return pending;
}

/** The language `msg()` answers in outside any element's update: the page's. */
let scoped: UiLanguage | undefined;

function pageLanguage(): UiLanguage {
  return uiLanguage(typeof document === 'undefined' ? undefined : document.documentElement.lang);
}

/** Runs `work` with `msg()` answering in `language` (elements wrap their updates in this). */
export function inLanguage<T>(language: UiLanguage, work: () => T): T {
  const outer = scoped;
  scoped = language;
  try {
    return work();
  } finally {
    scoped = outer;
  }
}

/** The language `msg()` answers in right now. */
export function currentLanguage(): UiLanguage {
  return scoped ?? pageLanguage();
}

function install(): boolean {
  try {
    _installMsgImplementation(((template, options) => runtimeMsg(catalogues.get(currentLanguage()), template, options)) as MsgFn);
    return true;
  } catch (error) {
    // @lit/localize takes one implementation per copy of the library. A host app that configured
    // its own (configureLocalization) with the very copy the kit imports keeps it; the kit then
    // shows its messages as the host's configuration answers them.
    console.warn('[partner-hub] @lit/localize is already configured on this page; the kit cannot switch its messages by language.', error);
    return false;
  }
}

/** Whether the kit's per-element messages are active on this page. */
export const localizationInstalled = install();
