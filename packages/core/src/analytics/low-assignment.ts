/**
 * Low assignment rule (SPEC §3): an active subscription or trial, started at least the minimum age
 * before asOf, whose assigned/total is strictly below factor × the median assigned/total of all such
 * records of the same product. Records with 0 total licences have no ratio and take no part.
 */
import type {ProductId} from '../model.ts';
import {DAY_MS} from '../time.ts';
import {median} from './math.ts';
import {RECORD_ACTIVE, memo, type PreparedDataset} from './prepare.ts';

export interface LowAssignmentResult {
  /** Median assigned/total of the peer group; null when the product has no eligible record. */
  peerMedian: number | null;
  /** Positions of the flagged records, in dataset order. */
  flagged: Int32Array;
}

export function lowAssignment(prepared: PreparedDataset, product: ProductId): LowAssignmentResult {
  return memo(prepared, `lowAssignment:${product}`, () => {
    const {asOfMs, options, records} = prepared;
    const {flags, startMs, total, assigned} = records;
    const startedBy = asOfMs - options.lowAssignmentMinAgeDays * DAY_MS;
    const positions = prepared.recordsByProduct.get(product) ?? new Int32Array(0);
    const eligible = new Int32Array(positions.length);
    const ratios = new Float64Array(positions.length);
    let count = 0;
    for (const r of positions) {
      if ((flags[r]! & RECORD_ACTIVE) === 0 || !(total[r]! > 0) || !(startMs[r]! <= startedBy)) continue;
      eligible[count] = r;
      ratios[count] = assigned[r]! / total[r]!;
      count += 1;
    }
    const peerMedian = median(ratios.subarray(0, count));
    if (peerMedian === null) return {peerMedian, flagged: new Int32Array(0)};
    const threshold = options.lowAssignmentFactor * peerMedian;
    return {peerMedian, flagged: eligible.subarray(0, count).filter((_, i) => ratios[i]! < threshold)};
  });
}
