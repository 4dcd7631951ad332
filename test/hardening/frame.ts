/**
 * Helpers of the hardening tests: a page of test/hardening/pages/ in an iframe, served under a
 * Content-Security-Policy by test/hardening/hardening-middleware.mjs, and a walk through every
 * area of the `<partner-hub>` on it.
 */
import type {HardeningRecord, RecordedViolation} from './pages/recorder.ts';
import {deepElements} from '../helpers/shadow.ts';

export {deepElements};

export type Policy = 'strict' | 'tt' | 'tt-charts';

export interface Page {
  frame: HTMLIFrameElement;
  window: Window & {__hardening: HardeningRecord};
  document: Document;
  record: HardeningRecord;
  /** The page's `<partner-hub>`. */
  hub: HTMLElement & {showArea(area: string): void; updateComplete: Promise<boolean>};
}

export const PAGE_WIDTH = 1280;

export function pageUrl(policy: Policy, entry: string): string {
  return `/__csp/${policy}.html?entry=${entry}`;
}

/** Opens `entry` under `policy` in an iframe wide enough for the hub's two-column layouts. */
export async function openPage(policy: Policy, entry: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${PAGE_WIDTH}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = pageUrl(policy, entry);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['window'];
  await waitUntil(() => win.__hardening?.mounted || win.__hardening?.errors.length, 'the page did not mount its elements', {timeout: 15_000});
  if (!win.__hardening.mounted) throw new Error(`the page failed: ${win.__hardening.errors.join('; ')}`);
  return {frame, window: win, document: win.document, record: win.__hardening, hub: win.document.querySelector('partner-hub') as Page['hub']};
}

/** A short account of recorded violations, for an assertion message. */
export function describeViolations(violations: readonly RecordedViolation[]): string {
  const shown = violations.slice(0, 5).map((v) => `${v.directive} at <${v.target}> (${v.source}:${v.line}${v.sample ? `, "${v.sample}"` : ''})`);
  return `${violations.length} violation(s): ${shown.join('; ')}${violations.length > 5 ? '; …' : ''}`;
}

/** The first element under `root` (shadow roots included) matching `selector`. */
export function deepQuery<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | null {
  return (deepElements(root).find((element) => element.matches(selector)) as E | undefined) ?? null;
}

export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  return deepElements(root).filter((element) => element.matches(selector)) as E[];
}

/**
 * The first element matching `selector` inside the shadow tree of an element matching `host`
 * (both searched through nested shadow roots): `inside(root, 'customer-list', '[role="row"]')`.
 */
export function inside<E extends Element = HTMLElement>(root: ParentNode, host: string, selector: string): E | null {
  for (const element of deepQueryAll(root, host)) {
    const found = element.shadowRoot && deepQuery<E>(element.shadowRoot, selector);
    if (found) return found;
  }
  return null;
}

/** Custom elements under `root` still showing `:state(loading)`. */
function loading(root: ParentNode): Element[] {
  return deepElements(root).filter((element) => element.localName.includes('-') && element.matches(':state(loading)'));
}

export const CHART_TAGS = ['license-trend-chart', 'calling-usage-chart', 'call-quality-chart', 'endpoint-quality-chart', 'feature-usage-chart'];

/** Every element of the kit but the charts, `<partner-hub>` first. */
export const NON_CHART_TAGS = [
  'partner-hub',
  'hub-overview',
  'kpi-tile',
  'product-toggle',
  'subscription-section',
  'data-freshness',
  'calling-usage-table',
  'call-quality-table',
  'call-queue-insights',
  'customer-list',
  'customer-detail',
  'license-bar',
  'resource-center',
];

/** Polls `predicate` every animation frame (or 50 ms) until it holds; fails with `message` after `timeout` ms. */
export async function waitUntil(predicate: () => unknown, message: string | (() => string), {timeout = 5000} = {}): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(typeof message === 'function' ? message() : message);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until the hub has mounted every area and every element has its data (no loading state
 * left, customer rows shown), and, with `charts`, until every chart has drawn its canvas.
 */
export async function hubSettled(hub: HTMLElement, {charts}: {charts: boolean}): Promise<void> {
  const root = hub.shadowRoot!;
  await waitUntil(() => root.querySelector('.area') && !root.querySelector('.area[aria-busy="true"]'), 'the areas did not mount', {timeout: 10_000});
  await waitUntil(() => loading(root).length === 0, () => `still loading: ${loading(root).map((e) => e.localName).join(', ')}`, {timeout: 15_000});
  await waitUntil(() => inside(root, 'customer-list', '[role="row"][aria-rowindex="2"] [part="cell"]'), 'no customer rows', {timeout: 10_000});
  if (charts) {
    const undrawn = () => CHART_TAGS.filter((tag) => !root.querySelector(tag)?.shadowRoot?.querySelector('.plot canvas'));
    await waitUntil(() => undrawn().length === 0, () => `charts not drawn: ${undrawn().join(', ')}`, {timeout: 15_000});
  }
}

/** Clicks the first match of `selector` inside a `host` under `root` (shadow roots included). */
function click(root: ParentNode, host: string, selector: string): HTMLElement {
  const target = inside(root, host, selector);
  if (!target) throw new Error(`nothing to click: ${host} ${selector}`);
  target.click();
  return target;
}

/**
 * Visits every area of the hub and uses what is there: scrolls to each area, switches the product,
 * activates a KPI tile (the list filters), sorts the list, shows a licence bar's detail, opens a
 * customer (the detail panel) and each of its tabs, shows a chart as a table (with charts), and
 * searches the resources. Ends with everything settled again.
 */
export async function visitEverything(page: Page, {charts}: {charts: boolean}): Promise<string[]> {
  const {hub} = page;
  const root = hub.shadowRoot!;
  const visited: string[] = [];
  for (const area of ['overview', 'subscriptions', 'calling', 'customers', 'resources']) {
    hub.showArea(area);
    await frame();
    visited.push(`area:${area}`);
  }

  click(root, 'product-toggle', '[role="radio"][data-product="calling"]');
  await waitUntil(() => hub.getAttribute('product') === 'calling', 'the product did not switch');
  visited.push('product:calling');

  const tile = click(root, 'kpi-tile', 'button');
  await waitUntil(() => inside(root, 'customer-list', 'button[aria-label^="Remove filter"]'), 'the KPI did not filter the list', {timeout: 5000});
  tile.click();
  visited.push('kpi-filter');

  await hubSettled(hub, {charts});
  click(root, 'customer-list', '[role="columnheader"]:not(:has(.visually-hidden))');
  visited.push('list:sort');
  await hubSettled(hub, {charts});

  const bar = inside(root, 'customer-list', 'license-bar');
  if (bar) {
    // Its detail (a popover, placed through CSSOM) opens on hover.
    const view = bar.ownerDocument.defaultView as Window & typeof globalThis;
    bar.shadowRoot!.querySelector('.bar')!.dispatchEvent(new view.PointerEvent('pointerenter'));
    await waitUntil(() => bar.shadowRoot!.querySelector('[popover]')?.matches(':popover-open'), 'the licence bar detail did not open');
    bar.shadowRoot!.querySelector('.bar')!.dispatchEvent(new view.PointerEvent('pointerleave'));
    visited.push('license-bar:detail');
  }

  click(root, 'customer-list', '[role="row"][aria-rowindex="2"] [role="gridcell"]:not(:has(button))');
  await waitUntil(() => root.querySelector('aside customer-detail'), 'the detail panel did not open', {timeout: 5000});
  const detail = root.querySelector('aside customer-detail')!;
  await waitUntil(() => detail.shadowRoot?.querySelector('[role="tab"]'), 'the detail did not load', {timeout: 10_000});
  for (const tab of detail.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')) {
    tab.click();
    await frame();
    visited.push(`detail:${tab.id}`);
  }

  if (charts) {
    const chart = root.querySelector('call-quality-chart')!;
    chart.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click();
    await waitUntil(() => chart.shadowRoot!.querySelector('table'), 'the chart table did not show');
    chart.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click();
    visited.push('chart:table');
  }

  const search = inside<HTMLInputElement>(root, 'resource-center', '[part="search"]');
  if (search) {
    search.value = 'a';
    search.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    visited.push('resources:search');
  }
  await new Promise((resolve) => setTimeout(resolve, 400));
  await hubSettled(hub, {charts});
  // Violations are reported in a task of their own: let them arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return visited;
}
