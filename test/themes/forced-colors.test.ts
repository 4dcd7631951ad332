/**
 * Forced colours (Windows High Contrast and the like), really emulated: Chromium forces the system
 * colours through the DevTools protocol (test/helpers/forced-colors-plugin.mjs), so what is
 * measured here is what a forced-colours user sees — author colours, box shadows and background
 * images are gone, except where the kit opts out with `forced-color-adjust: none`.
 *
 * On the whole hub, with a customer open beside the list:
 * - every tab stop shows a focus indicator (an outline, on the element or its ::before/::after);
 *   box-shadow rings would vanish here, which this catches;
 * - every text is readable: at least 4.5:1 against the background it sits on (the places that opt
 *   out of forced colours pick their own);
 * - states that colour alone told apart stay apart: the licence bar's segments, the selected
 *   product, the active KPI tile, the selected tab.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {generateDataset, InMemoryProvider} from '@partner-hub/core';
import {CustomerSelectEvent} from '@partner-hub/widgets';
import '../../packages/hub/src/define.ts';
import type {PartnerHub} from '../../packages/hub/src/partner-hub.ts';
import {deepActiveElement, deepElements} from '../helpers/shadow.ts';

const dataset = generateDataset({seed: 9, customers: 120});

function forcedColors(active: boolean): Promise<unknown> {
  return executeServerCommand('forced-colors', {active});
}

function describeElement(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  return `<${host?.localName ?? 'document'}> ${element.localName}.${[...element.classList].join('.')} "${name}"`;
}

function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && element.checkVisibility({opacityProperty: true, visibilityProperty: true});
}

/** An outline drawn for the focused element: on itself or one of its pseudo-elements. */
function focusOutline(element: Element): string | null {
  for (const pseudo of [null, '::after', '::before']) {
    const style = getComputedStyle(element, pseudo);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) return `${pseudo ?? ''} ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
  }
  return null;
}

// Colour maths for the contrast check (WCAG 2 relative luminance).
function rgba(value: string): [number, number, number, number] | null {
  const match = value.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : null;
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: [number, number, number, number], b: [number, number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The first opaque background at or above `element`, through shadow roots. */
function backgroundBehind(element: Element): [number, number, number, number] {
  let node: Element | null = element;
  while (node) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] >= 0.99) return colour;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1];
}

/** Elements with text of their own, shown on screen. */
function textElements(root: ParentNode): Element[] {
  return deepElements(root).filter(
    (element) =>
      !element.closest('style, script, svg, canvas, .visually-hidden') &&
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '') &&
      isShown(element),
  );
}

async function mountHub(): Promise<PartnerHub> {
  const hub = document.createElement('partner-hub');
  hub.provider = new InMemoryProvider(dataset);
  document.body.append(hub);
  await hub.updateComplete;
  await waitUntil(() => !hub.shadowRoot!.querySelector('.area[aria-busy="true"]'), 'the areas did not mount', {timeout: 8000});
  const busy = () => deepElements(hub.shadowRoot!).filter((element) => element.shadowRoot && element.matches(':state(loading)'));
  await waitUntil(() => busy().length === 0, 'the hub kept loading', {timeout: 15_000});
  hub.shadowRoot!.querySelector('customer-list')!.dispatchEvent(new CustomerSelectEvent(dataset.customers[0]!.id));
  await waitUntil(() => hub.shadowRoot!.querySelector('aside customer-detail')?.shadowRoot?.querySelector('.name'), 'the detail did not open', {timeout: 8000});
  await waitUntil(() => busy().length === 0, 'the detail kept loading', {timeout: 8000});
  return hub;
}

describe('forced colours', function () {
  this.timeout(90_000);
  let hub: PartnerHub;

  before(async () => {
    await forcedColors(true);
    hub = await mountHub();
  });

  after(async () => {
    hub?.remove();
    await forcedColors(false);
  });

  it('is really on: the page sees the media query, and no box shadow survives', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const shadows = deepElements(hub.shadowRoot!).filter((element) => getComputedStyle(element).boxShadow !== 'none');
    expect(shadows.map(describeElement)).to.deep.equal([]);
  });

  it('shows a focus indicator on every tab stop of the hub', async () => {
    document.body.tabIndex = -1;
    document.body.focus();
    const seen = new Set<Element>();
    const missing: string[] = [];
    for (let step = 0; step < 400; step += 1) {
      await sendKeys({press: 'Tab'});
      const active = deepActiveElement();
      if (!active || active === document.body || seen.has(active)) break;
      seen.add(active);
      if (!hub.contains(active) && !hub.shadowRoot!.contains(active) && !deepElements(hub.shadowRoot!).includes(active)) break;
      if (!focusOutline(active)) missing.push(describeElement(active));
    }
    document.body.removeAttribute('tabindex');
    // The hub is large: if Tab stopped early, the walk proves little.
    expect(seen.size, 'tab stops visited').to.be.greaterThan(40);
    expect(missing, 'tab stops without a visible focus indicator').to.deep.equal([]);
  });

  it('keeps every text readable (4.5:1) against what it sits on', () => {
    const unreadable: string[] = [];
    const texts = textElements(hub.shadowRoot!);
    expect(texts.length).to.be.greaterThan(300);
    for (const element of texts) {
      const colour = rgba(getComputedStyle(element).color);
      if (!colour) continue;
      const ratio = contrast(colour, backgroundBehind(element));
      if (ratio < 4.5) unreadable.push(`${describeElement(element)} ${ratio.toFixed(2)}:1`);
    }
    expect(unreadable).to.deep.equal([]);
  });

  it('tells the licence bar segments apart without colour', () => {
    const bars = deepElements(hub.shadowRoot!).filter((element) => element.localName === 'license-bar');
    expect(bars.length).to.be.greaterThan(0);
    const looks = (bar: Element, segment: string) => {
      const part = bar.shadowRoot!.querySelector(`.segment.${segment}`);
      if (!part) return null;
      // What is painted: a pattern, else the colour showing through (a transparent segment shows the track).
      const image = getComputedStyle(part).backgroundImage;
      return image !== 'none' ? image : backgroundBehind(part).join(',');
    };
    const bar = bars.find((candidate) => ['used', 'assigned', 'available'].every((segment) => looks(candidate, segment)));
    expect(bar, 'a bar with all three segments').to.exist;
    const [used, assigned, available] = ['used', 'assigned', 'available'].map((segment) => looks(bar!, segment));
    expect(new Set([used, assigned, available]).size, `${used} | ${assigned} | ${available}`).to.equal(3);
  });

  it('marks the selected product, the active KPI tile and the selected tab by more than colour', async () => {
    const toggle = hub.shadowRoot!.querySelector('product-toggle')!;
    const options = [...toggle.shadowRoot!.querySelectorAll('[role="radio"]')];
    expect(options.length).to.equal(2);
    const mark = (element: Element) => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.borderTopWidth} ${style.borderBottomWidth} ${style.borderBottomColor} ${style.backgroundColor} ${style.color}`;
    };
    expect(mark(options[0]!)).not.to.equal(mark(options[1]!));

    const overview = hub.shadowRoot!.querySelector('hub-overview')!;
    const tiles = [...overview.shadowRoot!.querySelectorAll('kpi-tile')];
    const tileMark = (tile: Element) => mark(tile.shadowRoot!.querySelector('.tile')!);
    const before = tileMark(tiles[1]!);
    (tiles[1]!.shadowRoot!.querySelector('button, [role="button"]') as HTMLElement).click();
    await waitUntil(() => tileMark(tiles[1]!) !== before, 'the active tile looks like the others', {timeout: 4000});
    expect(tileMark(tiles[1]!)).not.to.equal(tileMark(tiles[2]!));

    const detail = hub.shadowRoot!.querySelector('aside customer-detail')!;
    const tabs = [...detail.shadowRoot!.querySelectorAll('[role="tab"]')];
    expect(tabs.length).to.be.greaterThan(1);
    expect(mark(tabs[0]!)).not.to.equal(mark(tabs[1]!));
  });
});
