import type {AnalyticsRules} from '../provider.ts';

/** The configurable windows and the low-assignment rule of SPEC §3. */
export type AnalyticsOptions = AnalyticsRules;

export const DEFAULT_ANALYTICS_OPTIONS: Readonly<AnalyticsOptions> = Object.freeze({
  windowDays: 90,
  lowAssignmentFactor: 0.5,
  lowAssignmentMinAgeDays: 30,
  expiringSoonDays: 30,
  noRecentActivityDays: 30,
});

/** Defaults filled in; a non-finite or negative value is refused rather than silently used. */
export function resolveAnalyticsOptions(options: Partial<AnalyticsOptions> = {}): AnalyticsOptions {
  const resolved = {...DEFAULT_ANALYTICS_OPTIONS, ...options};
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`Analytics option ${name} must be a non-negative number, got ${String(value)}.`);
    }
  }
  return resolved;
}
