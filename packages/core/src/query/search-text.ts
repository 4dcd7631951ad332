/**
 * The folded search text of every customer (name, org id, subscription ids), searched with the
 * engine's native `indexOf`.
 *
 * All customers' texts sit in one flat string, so a million customers cost one byte per character
 * instead of a string object each, and a search is a native scan instead of a million `includes`
 * calls. Pieces with characters beyond Latin-1 (Japanese names) go into a second string: a single
 * such character would make V8 store the whole flat string with two bytes per character.
 */

/** Follows every piece, so a match cannot run from one customer's text into the next. */
const SEPARATOR = '\u0001';
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** Many customers' texts in one string; segment k starts at `start[k]` and belongs to customer `owner[k]`. */
interface Segments {
  text: string;
  start: Int32Array;
  owner: Int32Array;
}

export class SearchText {
  readonly #latin1: Segments;
  readonly #wide: Segments;
  /** Texts of customers that changed after the build (a new subscription id); their flat segments are stale. */
  readonly #changed = new Map<number, string>();

  /** `piecesOf(i)`: customer i's folded pieces. */
  constructor(count: number, piecesOf: (i: number) => readonly string[]) {
    const latin1 = new SegmentsBuilder();
    const wide = new SegmentsBuilder();
    const latin1Pieces: string[] = [];
    const widePieces: string[] = [];
    for (let i = 0; i < count; i += 1) {
      latin1Pieces.length = 0;
      widePieces.length = 0;
      for (const piece of piecesOf(i)) (BEYOND_LATIN1.test(piece) ? widePieces : latin1Pieces).push(piece);
      latin1.add(i, latin1Pieces);
      if (widePieces.length > 0) wide.add(i, widePieces);
    }
    this.#latin1 = latin1.build();
    this.#wide = wide.build();
  }

  /** Replaces customer i's pieces (after a change such as a new subscription). */
  update(i: number, pieces: readonly string[]): void {
    this.#changed.set(i, pieces.join(SEPARATOR));
  }

  /** Marks (sets to 1) in `marks` the customers whose text contains `term`. */
  markMatches(term: string, marks: Uint8Array): void {
    markSegments(this.#latin1, term, marks);
    markSegments(this.#wide, term, marks);
    for (const [i, text] of this.#changed) marks[i] = text.includes(term) ? 1 : 0;
  }
}

/** Joins the pieces a chunk at a time, so a million customers never need one array of all of them. */
const CHUNK_PARTS = 1 << 16;

class SegmentsBuilder {
  readonly #chunks: string[] = [];
  readonly #parts: string[] = [];
  readonly #start: number[] = [0];
  readonly #owner: number[] = [];
  #length = 0;

  /** A segment for `owner`: each piece followed by the separator (just the separator without pieces). */
  add(owner: number, pieces: readonly string[]): void {
    if (pieces.length === 0) this.#append(SEPARATOR);
    for (const piece of pieces) {
      this.#append(piece);
      this.#append(SEPARATOR);
    }
    this.#start.push(this.#length);
    this.#owner.push(owner);
    if (this.#parts.length >= CHUNK_PARTS) this.#flush();
  }

  #append(text: string): void {
    this.#parts.push(text);
    this.#length += text.length;
  }

  build(): Segments {
    this.#flush();
    return {text: this.#chunks.join(''), start: Int32Array.from(this.#start), owner: Int32Array.from(this.#owner)};
  }

  #flush(): void {
    this.#chunks.push(this.#parts.join(''));
    this.#parts.length = 0;
  }
}

/**
 * One native `indexOf` per matching segment: after a hit, the search goes on at the next segment.
 * The segment cursor only moves forward, so mapping hits to customers costs one pass at most.
 */
function markSegments({text, start, owner}: Segments, term: string, marks: Uint8Array): void {
  let segment = 0;
  let at = text.indexOf(term);
  while (at !== -1) {
    while (start[segment + 1]! <= at) segment += 1;
    const segmentEnd = start[segment + 1]! - SEPARATOR.length;
    if (at + term.length <= segmentEnd) {
      marks[owner[segment]!] = 1;
      at = text.indexOf(term, segmentEnd + SEPARATOR.length);
    } else {
      // The term runs over the separator (it contains one): no match in this segment.
      at = text.indexOf(term, at + 1);
    }
  }
}
