/**
 * The arithmetic behind `<license-bar>`: how many licences fall in each segment and how much of
 * the bar each segment takes. Pure, so the element only draws.
 */
import type {LicenseCounts} from '@partner-hub/core';

export interface LicenseSegments {
  /** The inputs, with negative and non-finite values read as 0. */
  counts: LicenseCounts;
  /** Licences beyond `total` (assigned − total, at least 0). */
  overage: number;
  /** Licences bought and not assigned (total − assigned, at least 0). */
  available: number;
  /** What the full bar width stands for: `total`, or `assigned` when that is larger. */
  scale: number;
  /** Segment widths as fractions of the bar (0..1); they add up to 1, or to 0 for an empty bar. */
  widths: {used: number; assigned: number; available: number; overage: number};
  /** Where `total` sits on the bar (0..1) when there is an overage, else null. */
  limitAt: number | null;
}

function count(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Within the limit the bar is used | assigned-but-unused | available, scaled to `total`. Over the
 * limit it is scaled to `assigned`: used and assigned-but-unused up to `total`, then the overage.
 */
export function licenseSegments(input: LicenseCounts): LicenseSegments {
  const counts = {total: count(input.total), assigned: count(input.assigned), used: count(input.used)};
  const {total, assigned, used} = counts;
  const overage = Math.max(assigned - total, 0);
  const available = Math.max(total - assigned, 0);
  const scale = Math.max(total, assigned);
  const usedInBar = Math.min(used, assigned, total);
  const assignedInBar = Math.min(assigned, total) - usedInBar;
  const share = (part: number) => (scale === 0 ? 0 : part / scale);
  return {
    counts,
    overage,
    available,
    scale,
    widths: {used: share(usedInBar), assigned: share(assignedInBar), available: share(available), overage: share(overage)},
    limitAt: overage > 0 ? share(total) : null,
  };
}

/** `part` as a fraction of `total`, or null when there is no total to compare with. */
export function shareOfTotal(part: number, total: number): number | null {
  return total > 0 ? part / total : null;
}
