/**
 * First module of every hardening page (test/hardening/hardening-middleware.mjs serves the page):
 * records, from before any kit code runs, every Content-Security-Policy / Trusted Types
 * violation, every Trusted Types policy a script creates, and uncaught errors, into
 * `window.__hardening`, which the test reads through the iframe.
 */

export interface RecordedViolation {
  /** The directive that was enforced (`style-src-attr`, `require-trusted-types-for`, …). */
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
  /** The element the violation was reported at, if any. */
  target: string;
}

export interface HardeningRecord {
  /** `securitypolicyviolation` events (they bubble and cross shadow roots up to the document). */
  violations: RecordedViolation[];
  /** The same violations as the Reporting API delivers them (`csp-violation` reports), a second channel. */
  reports: string[];
  /** Names passed to `trustedTypes.createPolicy`, in order. */
  policies: string[];
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  /** Set by the page's entry module once it has mounted its elements. */
  mounted: boolean;
  /** What the default policy of README "Trusted Types" was asked to let through (that page only). */
  defaultPolicyInputs: string[];
  /** The page's own Lit and the kit's `styleProps` directive, for the control cases. */
  lit?: {html: typeof import('lit').html; render: typeof import('lit').render; styleProps: typeof import('../../../packages/widgets/src/internal/style-props.ts').styleProps};
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: object): unknown;
  readonly defaultPolicy: unknown;
}

declare global {
  interface Window {
    __hardening: HardeningRecord;
  }
}

const record: HardeningRecord = {violations: [], reports: [], policies: [], errors: [], mounted: false, defaultPolicyInputs: []};
window.__hardening = record;

document.addEventListener('securitypolicyviolation', (event) => {
  const target = event.composedPath()[0];
  record.violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile,
    line: event.lineNumber,
    target: target instanceof Element ? target.localName : String(target),
  });
});

if ('ReportingObserver' in window) {
  new ReportingObserver(
    (reports) => {
      for (const report of reports) record.reports.push(JSON.stringify(report.body ?? {}));
    },
    {types: ['csp-violation'], buffered: true},
  ).observe();
}

window.addEventListener('error', (event) => {
  // Chromium's harmless notice for elements that measure themselves (as on the test pages).
  if (!String(event.message).includes('ResizeObserver loop')) record.errors.push(String(event.message));
});
window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));

const trustedTypes = (window as unknown as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
if (trustedTypes) {
  const create = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = (name, rules) => {
    record.policies.push(name);
    return create(name, rules);
  };
}

// echarts reads process.env at import time (the test pages set this in an inline script, which
// these pages must not have).
(globalThis as unknown as {process?: unknown}).process ??= {env: {NODE_ENV: 'development'}};
