/**
 * Locale resolution: an element's own `lang`, else the locale its hub provides, else the nearest
 * ancestor's `lang` (across shadow roots), else `<html lang>`, else English. An invalid tag never
 * throws: it falls back to the next source.
 */

/** UI languages with translations (messages); formats follow the full resolved tag. */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'sv', 'ja', 'sr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const SOURCE_LANGUAGE: UiLanguage = 'en';

/** Answers of `validLocale` by tag: every element resolves its locale, and asking ICU is slow. */
const validated = new Map<string, string | null>();

/** The canonical form of a BCP 47 tag that Intl can format for, or null. */
export function validLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  let locale = validated.get(tag);
  if (locale === undefined) {
    locale = canonicalLocale(tag);
    // Bounded: a page that sets a thousand odd tags should not grow this for ever.
    if (validated.size > 256) validated.clear();
    validated.set(tag, locale);
  }
  return locale;
}

function canonicalLocale(tag: string): string | null {
  try {
    let [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (!canonical) return null;
    // The kit's Serbian is Latin script (as the original product's); plain `sr` formats in
    // Cyrillic, which would put Cyrillic numbers and dates into Latin sentences.
    const parsed = new Intl.Locale(canonical);
    if (parsed.language === 'sr' && !parsed.script) canonical = new Intl.Locale(canonical, {script: 'Latn'}).toString();
    return Intl.NumberFormat.supportedLocalesOf(canonical).length > 0 ? canonical : null;
  } catch {
    return null;
  }
}

/** The nearest `lang` attribute above `element`, crossing shadow-root boundaries. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export function resolveLocale(sources: readonly (string | null | undefined)[]): string {
  for (const source of sources) {
    const locale = validLocale(source);
    if (locale) return locale;
  }
  return SOURCE_LANGUAGE;
}
