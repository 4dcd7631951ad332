/**
 * Low assignment rule (SPEC §3): an active subscription or trial, started at least the minimum age
 * before asOf, whose assigned/total is strictly below factor × the median assigned/total of all such
 * records of the same product. Records with 0 total licences have no ratio and take no part.
 */
import type {ProductId} from '../model.ts';
import {DAY_MS} from '../time.ts';
import {median} from './math.ts';
import {memo, type PreparedDataset, type PreparedRecord} from './prepare.ts';

export interface LowAssignmentResult {
  /** Median assigned/total of the peer group; null when the product has no eligible record. */
  peerMedian: number | null;
  /** Flagged records, in dataset order. */
  flagged: PreparedRecord[];
}

function isEligible(entry: PreparedRecord, asOfMs: number, minAgeDays: number): boolean {
  return entry.active && entry.total > 0 && entry.startMs <= asOfMs - minAgeDays * DAY_MS;
}

export function lowAssignment(prepared: PreparedDataset, product: ProductId): LowAssignmentResult {
  return memo(prepared, `lowAssignment:${product}`, () => {
    const {asOfMs, options} = prepared;
    const eligible = (prepared.recordsByProduct.get(product) ?? []).filter((entry) =>
      isEligible(entry, asOfMs, options.lowAssignmentMinAgeDays),
    );
    const ratios = eligible.map((entry) => entry.assigned / entry.total);
    const peerMedian = median(ratios);
    if (peerMedian === null) return {peerMedian, flagged: []};
    const threshold = options.lowAssignmentFactor * peerMedian;
    return {peerMedian, flagged: eligible.filter((_, i) => ratios[i]! < threshold)};
  });
}
