/**
 * Search folding: case- and diacritic-insensitive, width-insensitive (ＡＢＣ = abc), and Serbian
 * Cyrillic read as Latin so "Đorđević", "djordjevic" and "Ђорђевић" find each other.
 */

// Latin letters that carry their mark inside the letter, so NFD does not split them off.
const LATIN_LETTERS: Record<string, string> = {
  đ: 'dj', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't',
};

// Serbian Cyrillic → Serbian Latin, then folded like any Latin text (ђ → đ → dj).
const SERBIAN_CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
};

const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const NEEDS_LETTER_MAP = /[đðøæœßłıþħŧ\u0400-\u04ff]/;
const LETTER_TO_MAP = /[đðøæœßłıþħŧ\u0400-\u04ff]/g;

const ASCII = /^[\x00-\x7f]*$/;
const DIGIT_RUNS = /\d+/g;

export function foldForSearch(text: string): string {
  // Most names and every id are ASCII, where lower-casing is all there is to do.
  if (ASCII.test(text)) return text.toLowerCase();
  // NFKD splits é into e + ◌́ so the mark can go, also where only the compatibility decomposition
  // has it (ǅ = D + ž); NFKC then recomposes what should stay (Japanese voiced kana keep their
  // mark) and folds full-width forms.
  let folded = text.normalize('NFKD').replace(COMBINING_DIACRITICS, '').normalize('NFKC').toLowerCase();
  if (NEEDS_LETTER_MAP.test(folded)) {
    folded = folded.replace(LETTER_TO_MAP, (letter) => LATIN_LETTERS[letter] ?? SERBIAN_CYRILLIC[letter] ?? letter);
  }
  return folded;
}

/**
 * A key whose plain code-unit order sorts names case- and accent-insensitively, with the Serbian
 * scripts together and numbers in numeric order ("Branch 9" before "Branch 10"). Comparing these
 * keys is several times faster than `Intl.Collator` on 100,000 names, and gives the same order
 * in every browser whatever its ICU data.
 */
export function nameSortKey(name: string): string {
  const folded = foldForSearch(name);
  return /\d/.test(folded) ? folded.replace(DIGIT_RUNS, (digits) => digits.padStart(12, '0')) : folded;
}

/** The search text split into folded terms; every term must match. */
export function searchTerms(search: string | undefined): string[] {
  if (!search) return [];
  return foldForSearch(search).split(/\s+/u).filter((term) => term.length > 0);
}
