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
const LATIN1 = /^[\x00-\xff]*$/;
const DIGIT_RUNS = /\d+/g;

export function foldForSearch(text: string): string {
  // Most names and every id are ASCII, where lower-casing is all there is to do.
  if (ASCII.test(text)) return text.toLowerCase();
  const folded = foldByTable(text) ?? foldByNormalizing(text);
  return LATIN1.test(folded) && !LATIN1.test(text) ? latin1Copy(folded) : folded;
}

/**
 * The same text, stored one byte per character. V8 keeps a string derived from one that needed
 * two bytes per character (Đorđević, Ђорђевић) in two, even when folding left only Latin-1; and a
 * concatenation with a single such part takes two bytes per character throughout, which would
 * double the size of the customer index's search text.
 */
function latin1Copy(text: string): string {
  let copy = '';
  // In slices, as a spread of a very long text would exceed the engine's argument limit.
  for (let from = 0; from < text.length; from += LATIN1_COPY_SLICE) {
    const codes: number[] = [];
    for (let i = from; i < Math.min(text.length, from + LATIN1_COPY_SLICE); i += 1) codes.push(text.charCodeAt(i));
    copy += String.fromCharCode(...codes);
  }
  return copy;
}

const LATIN1_COPY_SLICE = 4096;

function foldByNormalizing(text: string): string {
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
 * Latin (U+0000–U+02FF) and Cyrillic (U+0400–U+04FF) text folds character by character: once the
 * marks are gone no character composes with its neighbour, so folding each character through a
 * table gives what `foldByNormalizing` gives for the whole text (query.test.ts checks every pair),
 * several times faster. Outside: combining marks and Greek (capital sigma lower-cases by context).
 */
const TABLE_TEXT = /^[\u0000-\u02ff\u0400-\u04ff]*$/;
const TABLE_END = 0x500;
/** After lower-casing, only these can fold to something else. */
const BEYOND_ASCII = /[^\u0000-\u007f]/g;

/** Each table character's fold, by code. Built on first use. */
let characterFolds: string[] | undefined;

/** Undefined when the text has a character outside the table. */
function foldByTable(text: string): string | undefined {
  // Lower-cased first, so only the marked letters are left to replace.
  const lower = text.toLowerCase();
  if (!TABLE_TEXT.test(lower)) return undefined;
  characterFolds ??= Array.from({length: TABLE_END}, (_, code) => {
    const character = String.fromCharCode(code);
    return TABLE_TEXT.test(character) ? foldByNormalizing(character) : character;
  });
  const folds = characterFolds;
  return lower.replace(BEYOND_ASCII, (character) => folds[character.charCodeAt(0)]!);
}

/**
 * A key whose plain code-unit order sorts names case- and accent-insensitively, with the Serbian
 * scripts together and numbers in numeric order ("Branch 9" before "Branch 10"). Comparing these
 * keys is several times faster than `Intl.Collator` on 100,000 names, and gives the same order
 * in every browser whatever its ICU data.
 */
export function nameSortKey(name: string): string {
  return sortKeyOfFolded(foldForSearch(name));
}

/** `nameSortKey` of a name folded already (by `foldForSearch`). */
export function sortKeyOfFolded(folded: string): string {
  return /\d/.test(folded) ? folded.replace(DIGIT_RUNS, (digits) => digits.padStart(12, '0')) : folded;
}

/** The search text split into folded terms; every term must match. */
export function searchTerms(search: string | undefined): string[] {
  if (!search) return [];
  return foldForSearch(search).split(/\s+/u).filter((term) => term.length > 0);
}
