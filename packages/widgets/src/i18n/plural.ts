/**
 * Plural forms. A message with a count in it comes in one variant per CLDR category the kit's
 * languages use (en, de, sv: one / other; fr: one / many / other; sr: one / few / other; ja:
 * other), each with its own message id so that every catalogue can fill every category.
 */
export type PluralCategory = 'one' | 'few' | 'many' | 'other';

const rules = new Map<string, Intl.PluralRules>();

/** The category of `count` in `locale`; categories none of the kit's languages use count as `other`. */
export function pluralCategory(locale: string, count: number): PluralCategory {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const category = rule.select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}
