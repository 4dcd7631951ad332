/** numerator / denominator, or null when the denominator is 0: a rate over nothing is "—", never NaN. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Median of the values; the mean of the middle two for an even count; null when empty. */
export function median(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  const copy = Float64Array.from(values);
  const middle = copy.length >> 1;
  const upper = selectInPlace(copy, middle);
  if (copy.length % 2 === 1) return upper;
  // Everything before `middle` is ≤ upper now, so the lower middle value is the largest of them.
  let lower = copy[0]!;
  for (let i = 1; i < middle; i += 1) lower = Math.max(lower, copy[i]!);
  return (lower + upper) / 2;
}

/**
 * The k-th smallest value (quickselect): O(n) where sorting for it would be O(n log n), which is
 * most of the low-assignment rule's time at 100,000 records. Reorders `values` so that those before
 * position k are ≤ it and those after are ≥ it.
 */
function selectInPlace(values: Float64Array, k: number): number {
  let from = 0;
  let to = values.length - 1;
  while (from < to) {
    // Median of three as the pivot keeps sorted and reverse-sorted input linear.
    const pivot = medianOfThree(values[from]!, values[(from + to) >> 1]!, values[to]!);
    let i = from;
    let j = to;
    while (i <= j) {
      while (values[i]! < pivot) i += 1;
      while (values[j]! > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) to = j;
    else if (k >= i) from = i;
    else break;
  }
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
