/**
 * <partner-hub> in the browser benchmark: mounted on an InMemoryProvider over a generated dataset,
 * how long until every overview KPI is painted, and how long a product toggle takes until every
 * subscription section (and the licence trend chart) shows the other product.
 */
import '../../../packages/hub/src/define.ts';
import {generateDataset, InMemoryProvider} from '../../../packages/core/src/index.ts';
import type {PartnerHub} from '../../../packages/hub/src/partner-hub.ts';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * When the next frame starts: the time of its animation-frame callbacks, after which the browser
 * styles, lays out and paints what changed. (A timer after it would also count whatever tasks
 * were queued before it — such as the hub mounting the areas below the overview.)
 */
const nextFrameStart = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * Resolves once `done()` holds; rejects after `timeoutMs`. It checks after every task (a timer),
 * not every frame, so it notices the state within a few milliseconds; the caller then waits for
 * the next frame to be painted.
 */
async function until(done: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve));
  }
}

type Stateful = HTMLElement & {product?: string; updateComplete?: Promise<unknown>};

const isLoading = (el: Element) => el.matches(':state(loading)');

function all(root: ParentNode, selector: string): Stateful[] {
  return [...root.querySelectorAll<Stateful>(selector)];
}

async function runBench(customers: number) {
  const dataset = generateDataset({seed: 1, customers});
  const indexStart = performance.now();
  const provider = new InMemoryProvider(dataset);
  const indexMs = performance.now() - indexStart;
  await frame();

  const hub = document.createElement('partner-hub') as PartnerHub;
  const mountStart = performance.now();
  hub.provider = provider;
  document.body.append(hub);
  await hub.updateComplete;
  const root = hub.shadowRoot!;
  const overview = root.querySelector<Stateful>('hub-overview')!;
  // Every tile of the overview shows a number (not the loading placeholder).
  await until(() => {
    const tiles = overview.shadowRoot ? all(overview.shadowRoot, 'kpi-tile') : [];
    return !isLoading(overview) && tiles.length === 5 && tiles.every((tile) => !tile.hasAttribute('loading') && (tile as unknown as {value: unknown}).value !== null);
  }, 'the overview KPIs');
  const kpisPaintedMs = (await nextFrameStart()) - mountStart;

  // Everything else settles before the toggle is measured.
  const sections = () => [...all(root, 'subscription-section'), ...all(root, 'license-trend-chart')];
  // (The areas below the overview mount just after it.)
  await until(() => sections().length === 6 && sections().every((el) => !isLoading(el)), 'the first sections');
  await frame();

  const toggle = root.querySelector<Stateful>('product-toggle')!;
  const calling = toggle.shadowRoot!.querySelector<HTMLElement>('[data-product="calling"], [value="calling"]');
  if (!calling) throw new Error('no Calling button in the product toggle');
  const toggleStart = performance.now();
  calling.click();
  await until(() => sections().every((el) => el.product === 'calling' && !isLoading(el)), 'the sections after the toggle');
  await Promise.all(sections().map((el) => el.updateComplete));
  // Nothing else is queued now: a timer after the next frame counts its style, layout and paint too.
  await frame();
  const toggleMs = performance.now() - toggleStart;

  return {customers, indexMs, kpisPaintedMs, toggleMs, sections: sections().length, domElements: countElements(hub)};
}

/** Elements in the hub, shadow roots included. */
function countElements(root: Element): number {
  let count = 0;
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      count += 1;
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return count;
}

(window as unknown as {runBench: typeof runBench}).runBench = runBench;
