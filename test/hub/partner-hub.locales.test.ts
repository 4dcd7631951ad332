/**
 * The hub in each of its languages: no English message left anywhere on screen (text, labels,
 * tooltips, the customer panel), numbers and dates as `Intl` formats them for the locale, and a
 * `lang` the kit cannot use falls back instead of breaking.
 *
 * "English left" is judged against the English catalogue itself: the XLIFF file of each language
 * (served by the test server) lists every source message with its translation; any visible text
 * equal to a source message whose translation differs — or matching a message with placeholders —
 * is a string the language switch missed.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {generateDataset, InMemoryProvider} from '@partner-hub/core';
import {CustomerSelectEvent, Formatter, formatKpiValue, type KpiFormat} from '@partner-hub/widgets';
import '../../packages/hub/src/define.ts';
import {uiLanguage} from '../../packages/widgets/src/i18n/localization.ts';
import type {PartnerHub} from '../../packages/hub/src/partner-hub.ts';
import {deepElements, parentAcrossShadow} from '../helpers/shadow.ts';

type Tile = HTMLElement & {kpi: string; value: number | null; format: KpiFormat; loading: boolean};

const dataset = generateDataset({seed: 5, customers: 300});
const LANGUAGES = ['de', 'fr', 'sv', 'ja', 'sr'] as const;

interface Catalogue {
  /** Plain English messages whose translation differs. */
  plain: Set<string>;
  /** Messages with placeholders, as patterns over a whole text. */
  patterns: {source: string; pattern: RegExp}[];
  /** The translations of the plain messages. */
  targets: Set<string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function catalogue(language: string): Promise<Catalogue> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/packages/widgets/xliff/${language}.xlf`)).text(), 'application/xml');
  const plain = new Set<string>();
  const patterns: Catalogue['patterns'] = [];
  const targets = new Set<string>();
  for (const unit of xml.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source')!;
    const target = unit.querySelector('target');
    if (target && target.innerHTML === source.innerHTML) continue;
    if (source.querySelector('x') === null) {
      plain.add(source.textContent!.trim());
      if (target) targets.add(target.textContent!.trim());
      continue;
    }
    // Literal parts must carry enough text to identify the message ("{0} / {1}" cannot).
    const parts = [...source.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent! : null));
    const literal = parts.filter((part) => part !== null).join('');
    if (literal.replace(/[^A-Za-z]/g, '').length < 6) continue;
    const pattern = new RegExp(`^${parts.map((part) => (part === null ? '[\\s\\S]+?' : escape(part))).join('')}$`);
    patterns.push({source: source.textContent!, pattern});
  }
  return {plain, patterns, targets};
}

/** Every text node and labelling attribute, through every shadow root. */
function visibleTexts(root: Node): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent?.closest('style, script')) return;
      const text = node.textContent!.trim();
      if (text) texts.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-description', 'aria-roledescription', 'alt']) {
        const value = node.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return texts;
}

function englishLeft(texts: string[], english: Catalogue): string[] {
  const left = new Set<string>();
  for (const text of texts) {
    if (english.plain.has(text)) left.add(text);
    else for (const {source, pattern} of english.patterns) if (pattern.test(text)) left.add(`${text}  ← ${source}`);
  }
  return [...left];
}

/**
 * Layout problems of long words (German compounds) and CJK text: an element that sticks out of the
 * hub, or out of a box that clips it (`overflow: hidden`/`clip`) without an ellipsis or line clamp
 * to show that text is cut. Sticking out inside a scroll container is fine: it scrolls.
 */
function layoutProblems(hub: HTMLElement): string[] {
  const problems: string[] = [];
  const describe = (element: Element) =>
    `<${((element.getRootNode() as ShadowRoot).host ?? hub).localName}> ${element.localName}.${[...element.classList].join('.')} "${element.textContent?.trim().slice(0, 30)}"`;
  const marksCut = (element: Element) => {
    const style = getComputedStyle(element);
    return style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
  };
  for (const element of deepElements(hub.shadowRoot!)) {
    if (!(element instanceof HTMLElement) || element.closest('style, script, .visually-hidden, [popover]') || !element.checkVisibility()) continue;
    const outer = element.getBoundingClientRect();
    if (outer.width === 0 || outer.height === 0 || getComputedStyle(element).position === 'fixed') continue;
    // Text may run out of its own box (an unbreakable word): measure the text itself too.
    const box = {left: outer.left, right: outer.right};
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || node.textContent!.trim() === '') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const ink = range.getBoundingClientRect();
      box.left = Math.min(box.left, ink.left);
      box.right = Math.max(box.right, ink.right);
    }
    let frame: Element = hub;
    for (let above = parentAcrossShadow(element); above && above !== hub; above = parentAcrossShadow(above)) {
      if (getComputedStyle(above).overflowX !== 'visible') {
        frame = above;
        break;
      }
    }
    const overflow = getComputedStyle(frame).overflowX;
    if (overflow === 'auto' || overflow === 'scroll') continue;
    const edge = frame.getBoundingClientRect();
    if (box.right <= edge.right + 1 && box.left >= edge.left - 1) continue;
    if (frame !== hub && (marksCut(frame) || marksCut(element))) continue;
    problems.push(frame === hub ? `sticks out of the hub: ${describe(element)}` : `cut off by ${describe(frame)}: ${describe(element)}`);
  }
  return problems;
}

function tilesIn(element: Element | null): Tile[] {
  return [...(element?.shadowRoot?.querySelectorAll<Tile>('kpi-tile') ?? [])];
}

async function mountHub(lang: string | null): Promise<PartnerHub> {
  const hub = document.createElement('partner-hub');
  if (lang !== null) hub.setAttribute('lang', lang);
  hub.provider = new InMemoryProvider(dataset);
  document.body.append(hub);
  await hub.updateComplete;
  await waitUntil(() => !hub.shadowRoot!.querySelector('.area[aria-busy="true"]'), 'the areas did not mount', {timeout: 8000});
  await settle(hub);
  return hub;
}

/** Waits until nothing in the hub is loading any more. */
async function settle(hub: PartnerHub): Promise<void> {
  const loading = () => {
    const busy: string[] = [];
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          if (element.matches(':state(loading)') || (element as Partial<Tile>).loading === true) busy.push(element.localName);
          visit(element.shadowRoot);
        }
      }
    };
    visit(hub.shadowRoot!);
    return busy;
  };
  await waitUntil(() => loading().length === 0, `still loading: ${loading().join(', ')}`, {timeout: 15_000});
  // Charts draw after their runtime loaded.
  await new Promise((resolve) => setTimeout(resolve, 100));
}

async function openDetail(hub: PartnerHub): Promise<Element> {
  const list = hub.shadowRoot!.querySelector('customer-list')!;
  list.dispatchEvent(new CustomerSelectEvent(dataset.customers[0]!.id));
  await hub.updateComplete;
  const detail = hub.shadowRoot!.querySelector('aside customer-detail')!;
  await settle(hub);
  return detail;
}

describe('<partner-hub> in every language', () => {
  for (const language of LANGUAGES) {
    it(`${language}: shows no English message, and formats numbers and dates for ${language}`, async () => {
      const english = await catalogue(language);
      expect(english.plain.size, 'catalogue read').to.be.greaterThan(100);
      const hub = await mountHub(language);
      try {
        const detail = await openDetail(hub);
        // Every tab of the customer panel.
        for (const tab of detail.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')) {
          tab.click();
          await (detail as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
          await settle(hub);
          const left = englishLeft(visibleTexts(detail.shadowRoot!), english);
          expect(left, `English in the customer panel (${tab.textContent?.trim()})`).to.deep.equal([]);
        }
        const texts = visibleTexts(hub.shadowRoot!);
        expect(texts.length).to.be.greaterThan(200);
        expect(englishLeft(texts, english), 'English left in the hub').to.deep.equal([]);

        // Numbers: each overview tile shows the provider's value as Intl formats it for the locale.
        const expectedLocale = language === 'sr' ? 'sr-Latn' : language;
        const format = new Formatter(expectedLocale);
        const tiles = tilesIn(hub.shadowRoot!.querySelector('hub-overview'));
        expect(tiles.length).to.equal(5);
        for (const tile of tiles) {
          const shown = tile.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim();
          expect(shown, tile.kpi).to.equal(formatKpiValue(format, tile.format, tile.value));
        }
        // The elements format with the locale the hub hands down.
        expect((hub.shadowRoot!.querySelector('customer-list') as unknown as {locale: string}).locale).to.equal(expectedLocale);
      } finally {
        hub.remove();
      }
    });
  }

  for (const language of ['de', 'ja'] as const) {
    for (const width of [360, 1024]) {
      it(`${language} at ${width} px: long words and CJK text stay inside the hub, nothing is cut off silently`, async () => {
        const hub = await mountHub(language);
        try {
          hub.style.display = 'block';
          hub.style.width = `${width}px`;
          await openDetail(hub);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          expect(layoutProblems(hub)).to.deep.equal([]);
        } finally {
          hub.remove();
        }
      });
    }
  }

  it('formats large numbers the way each locale groups digits (decimal comma in de, space in fr)', async () => {
    const big = dataset.customers.length * 1000;
    expect(new Formatter('de').number(big)).to.equal(new Intl.NumberFormat('de').format(big));
    expect(new Formatter('de').decimal(1.5)).to.equal('1,5');
    expect(new Formatter('fr').decimal(1234.5)).to.equal(new Intl.NumberFormat('fr', {maximumFractionDigits: 1}).format(1234.5));
    expect(new Formatter('ja').date('2026-03-04T00:00:00Z', {dateStyle: 'medium', timeZone: 'UTC'})).to.equal('2026/03/04');
  });

  it('falls back to <html lang>, then English, when lang is not a usable tag', async () => {
    const english = await catalogue('de');
    const hub = await mountHub('not a language!');
    try {
      expect(uiLanguage((hub as unknown as {locale: string}).locale)).to.equal('en');
      const texts = visibleTexts(hub.shadowRoot!);
      expect(texts).to.include('Total customers');
      // <html lang> is the next source: the hub follows it live.
      document.documentElement.lang = 'de';
      await waitUntil(() => englishLeft(visibleTexts(hub.shadowRoot!), english).length === 0, 'the hub did not follow <html lang>', {timeout: 8000});
      expect(visibleTexts(hub.shadowRoot!)).not.to.include('Total customers');
    } finally {
      document.documentElement.lang = 'en';
      hub.remove();
    }
  });

  it('switches language at run time, and two hubs on one page speak their own languages', async () => {
    const german = await catalogue('de');
    const japanese = await catalogue('ja');
    const first = await mountHub('de');
    const second = await mountHub('ja');
    try {
      expect(englishLeft(visibleTexts(first.shadowRoot!), german), 'first hub').to.deep.equal([]);
      expect(englishLeft(visibleTexts(second.shadowRoot!), japanese), 'second hub').to.deep.equal([]);
      // Neither speaks the other's language (data, such as customer names, is the same in both).
      const only = (mine: typeof german, theirs: typeof german) => (text: string) => mine.targets.has(text) && !theirs.targets.has(text);
      expect(visibleTexts(second.shadowRoot!).filter(only(german, japanese)), 'German in the Japanese hub').to.deep.equal([]);
      expect(visibleTexts(first.shadowRoot!).filter(only(japanese, german)), 'Japanese in the German hub').to.deep.equal([]);
      expect(visibleTexts(first.shadowRoot!).filter(only(german, japanese)).length).to.be.greaterThan(50);
      // Switch the first to French: everything follows, including its elements.
      first.lang = 'fr';
      const french = await catalogue('fr');
      const germanOnly = (text: string) => german.targets.has(text) && !french.targets.has(text);
      await waitUntil(() => !visibleTexts(first.shadowRoot!).some(germanOnly), 'the switch to French did not reach everything', {timeout: 8000});
      await settle(first);
      expect(englishLeft(visibleTexts(first.shadowRoot!), french)).to.deep.equal([]);
      expect(visibleTexts(first.shadowRoot!).filter(germanOnly)).to.deep.equal([]);
    } finally {
      first.remove();
      second.remove();
    }
  });
});
