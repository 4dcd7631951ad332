import {expect, fixture, html} from '@open-wc/testing';
import {a11ySnapshot, findAccessibilityNode, resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../packages/widgets/src/license-bar/define.ts';
import {LicenseBar} from '../../packages/widgets/src/license-bar/license-bar.ts';
import {licenseSegments, shareOfTotal} from '../../packages/widgets/src/license-bar/license-segments.ts';
import {nextFrame} from '../helpers/fixtures.ts';

/** The element waits this long after the pointer left before it hides the detail (ms). */
const HIDE_DELAY_MS = 300;

function part(el: LicenseBar, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function label(el: LicenseBar): string {
  return part(el, 'bar')!.getAttribute('aria-label') ?? '';
}

function segmentNames(el: LicenseBar): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.segment')].map((segment) => segment.getAttribute('part') ?? '');
}

function limit(el: LicenseBar): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('.limit');
}

/** The detail's rows as "label: value" pairs. */
function detailRows(el: LicenseBar): string[] {
  return [...el.shadowRoot!.querySelectorAll('.detail__row')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
}

function legend(el: LicenseBar): string[] {
  return [...el.shadowRoot!.querySelectorAll('.legend__item')].map((item) => text(item));
}

function tooltipOpen(el: LicenseBar): boolean {
  return part(el, 'tooltip')!.matches(':popover-open');
}

/** Every piece of text and inline style the element renders. */
function renderedStrings(el: LicenseBar): string[] {
  const elements = [...el.shadowRoot!.querySelectorAll('*')];
  return [
    text(el.shadowRoot as unknown as Element),
    ...elements.map((node) => node.getAttribute('style') ?? ''),
    ...elements.map((node) => node.getAttribute('aria-label') ?? ''),
  ];
}

/** A share as the element shows it (`text()` folds the no-break space some locales use to a space). */
const percent = (rate: number, locale = 'en') =>
  new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0}).format(rate).replace(/\s+/g, ' ');

/** A CSS percentage as a number ("83.3333%" → 83.3333). */
const percentage = (value: string) => {
  expect(value).to.match(/^[\d.]+%$/);
  return Number.parseFloat(value);
};

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Moves the real mouse to the middle of `node`. */
async function hover(node: Element): Promise<void> {
  const box = node.getBoundingClientRect();
  await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
}

interface AxNode {
  role: string;
  name: string;
  description?: string;
  children: AxNode[];
}

describe('license-segments', () => {
  describe('licenseSegments()', () => {
    it('splits the bar into used, assigned-but-unused and available, scaled to the total', () => {
      const segments = licenseSegments({total: 50, assigned: 30, used: 12});
      expect(segments.counts).to.deep.equal({total: 50, assigned: 30, used: 12});
      expect(segments.scale).to.equal(50);
      expect(segments.available).to.equal(20);
      expect(segments.overage).to.equal(0);
      expect(segments.limitAt).to.equal(null);
      expect(segments.widths.used).to.be.closeTo(12 / 50, 1e-12);
      expect(segments.widths.assigned).to.be.closeTo(18 / 50, 1e-12);
      expect(segments.widths.available).to.be.closeTo(20 / 50, 1e-12);
      expect(segments.widths.overage).to.equal(0);
    });

    it('has no overage and no limit marker when exactly all licences are assigned', () => {
      const segments = licenseSegments({total: 40, assigned: 40, used: 40});
      expect(segments.overage).to.equal(0);
      expect(segments.available).to.equal(0);
      expect(segments.limitAt).to.equal(null);
      expect(segments.widths).to.deep.equal({used: 1, assigned: 0, available: 0, overage: 0});
    });

    it('scales to the assigned count from one licence over the limit on, with the limit marked', () => {
      const segments = licenseSegments({total: 40, assigned: 41, used: 10});
      expect(segments.overage).to.equal(1);
      expect(segments.available).to.equal(0);
      expect(segments.scale).to.equal(41);
      expect(segments.limitAt).to.be.closeTo(40 / 41, 1e-12);
      expect(segments.widths.used).to.be.closeTo(10 / 41, 1e-12);
      expect(segments.widths.assigned).to.be.closeTo(30 / 41, 1e-12);
      expect(segments.widths.overage).to.be.closeTo(1 / 41, 1e-12);
    });

    it('draws what is used beyond the limit as overage, not as more used bar', () => {
      const segments = licenseSegments({total: 10, assigned: 15, used: 12});
      expect(segments.widths.used).to.be.closeTo(10 / 15, 1e-12);
      expect(segments.widths.assigned).to.equal(0);
      expect(segments.widths.overage).to.be.closeTo(5 / 15, 1e-12);
      expect(segments.limitAt).to.be.closeTo(10 / 15, 1e-12);
    });

    it('never draws more used than assigned', () => {
      const segments = licenseSegments({total: 50, assigned: 20, used: 35});
      expect(segments.counts.used).to.equal(35);
      expect(segments.widths.used).to.be.closeTo(20 / 50, 1e-12);
      expect(segments.widths.assigned).to.equal(0);
      expect(segments.widths.available).to.be.closeTo(30 / 50, 1e-12);
    });

    it('gives an empty bar, not NaN, for a zero total', () => {
      const segments = licenseSegments({total: 0, assigned: 0, used: 0});
      expect(segments.scale).to.equal(0);
      expect(segments.widths).to.deep.equal({used: 0, assigned: 0, available: 0, overage: 0});
      expect(segments.limitAt).to.equal(null);
    });

    it('shows licences assigned on a zero total as all overage, with the limit at the start', () => {
      const segments = licenseSegments({total: 0, assigned: 5, used: 2});
      expect(segments.overage).to.equal(5);
      expect(segments.widths).to.deep.equal({used: 0, assigned: 0, available: 0, overage: 1});
      expect(segments.limitAt).to.equal(0);
    });

    it('reads negative, NaN, infinite and missing counts as 0', () => {
      const segments = licenseSegments({total: -5, assigned: Number.NaN, used: Number.POSITIVE_INFINITY});
      expect(segments.counts).to.deep.equal({total: 0, assigned: 0, used: 0});
      expect(segments.widths).to.deep.equal({used: 0, assigned: 0, available: 0, overage: 0});
      const missing = licenseSegments({total: 10, assigned: null, used: undefined} as unknown as {total: number; assigned: number; used: number});
      expect(missing.counts).to.deep.equal({total: 10, assigned: 0, used: 0});
      expect(missing.widths.available).to.equal(1);
      expect(licenseSegments({total: 10, assigned: -3, used: -1}).available).to.equal(10);
    });

    it('widths are finite, within 0..1 and add up to 1 for every non-empty bar', () => {
      const values = [0, 1, 2, 9, 10, 11, 1_000_000];
      for (const total of values) {
        for (const assigned of values) {
          for (const used of values) {
            const {widths, limitAt, scale} = licenseSegments({total, assigned, used});
            const all = Object.values(widths);
            const where = `total ${total}, assigned ${assigned}, used ${used}`;
            for (const width of all) expect(width >= 0 && width <= 1 && Number.isFinite(width), where).to.equal(true);
            const sum = all.reduce((a, b) => a + b, 0);
            expect(sum, where).to.be.closeTo(scale === 0 ? 0 : 1, 1e-9);
            if (limitAt !== null) expect(limitAt >= 0 && limitAt < 1, where).to.equal(true);
          }
        }
      }
    });
  });

  describe('shareOfTotal()', () => {
    it('is the fraction of the total', () => {
      expect(shareOfTotal(12, 50)).to.be.closeTo(0.24, 1e-12);
      expect(shareOfTotal(0, 50)).to.equal(0);
      expect(shareOfTotal(60, 50)).to.be.closeTo(1.2, 1e-12);
    });

    it('is null without a positive total', () => {
      expect(shareOfTotal(3, 0)).to.equal(null);
      expect(shareOfTotal(3, -1)).to.equal(null);
    });
  });
});

describe('<license-bar>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('accessibility', () => {
    it('is accessible with licences in use', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a zero total', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="0" assigned="0" used="0"></license-bar>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible over the limit', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="60" used="55"></license-bar>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible when compact', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar compact total="50" assigned="30" used="12"></license-bar>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with its detail open', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="60" used="55"></license-bar>`);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is one focusable image whose name is the text equivalent', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      const bar = part(el, 'bar')!;
      expect(bar.getAttribute('role')).to.equal('img');
      expect(bar.tabIndex).to.equal(0);
      expect(label(el)).to.equal('12 used, 30 assigned, 50 total');
      const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
      const node = findAccessibilityNode<AxNode>(snapshot, (candidate) => candidate.name === '12 used, 30 assigned, 50 total');
      expect(node, 'accessibility node named by the text equivalent').to.exist;
      expect(node!.role).to.equal('image');
    });

    it('hides the legend from assistive technology (the name already says it)', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      expect(el.shadowRoot!.querySelector('.legend')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('is described by its detail', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      const describedBy = part(el, 'bar')!.getAttribute('aria-describedby')!;
      const tooltip = el.shadowRoot!.getElementById(describedBy);
      expect(tooltip === part(el, 'tooltip'), 'aria-describedby points at the tooltip').to.equal(true);
      expect(tooltip!.getAttribute('role')).to.equal('tooltip');
    });
  });

  describe('properties', () => {
    it('reads its counts from attributes and properties', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      expect([el.total, el.assigned, el.used]).to.deep.equal([50, 30, 12]);
      el.used = 20;
      await el.updateComplete;
      expect(label(el)).to.equal('20 used, 30 assigned, 50 total');
    });

    it('has segments used | assigned-but-unused | available as wide as their share of the total', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar style="width: 400px" total="50" assigned="30" used="12"></license-bar>`);
      expect(segmentNames(el)).to.deep.equal(['used', 'assigned', 'available']);
      expect(part(el, 'used')!.style.width).to.equal('24%');
      expect(part(el, 'assigned')!.style.width).to.equal('36%');
      expect(part(el, 'available')!.style.width).to.equal('40%');
      // And drawn so: each segment's box is its share of the track (within a pixel of rounding).
      const track = el.shadowRoot!.querySelector<HTMLElement>('.track')!.clientWidth;
      const drawn = (name: string) => part(el, name)!.getBoundingClientRect().width;
      expect(drawn('used')).to.be.closeTo(track * 0.24, 1);
      expect(drawn('assigned')).to.be.closeTo(track * 0.36, 1);
      expect(drawn('available')).to.be.closeTo(track * 0.4, 1);
      expect(limit(el) === null, 'no limit marker').to.equal(true);
    });

    it('follows changes of the counts', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      el.total = 100;
      el.assigned = 100;
      el.used = 25;
      await el.updateComplete;
      expect(segmentNames(el)).to.deep.equal(['used', 'assigned']);
      expect(part(el, 'used')!.style.width).to.equal('25%');
      expect(part(el, 'assigned')!.style.width).to.equal('75%');
      expect(part(el, 'available') === null, 'no available segment').to.equal(true);
    });

    it('shows an overage distinctly: its own hatched segment, a limit marker and the count in the name', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar style="width: 400px" total="50" assigned="60" used="55"></license-bar>`);
      expect(segmentNames(el)).to.deep.equal(['used', 'overage']);
      expect(percentage(part(el, 'used')!.style.width)).to.be.closeTo((50 / 60) * 100, 1e-3);
      expect(percentage(part(el, 'overage')!.style.width)).to.be.closeTo((10 / 60) * 100, 1e-3);
      expect(label(el)).to.equal('55 used, 60 assigned, 50 total, 10 over the limit');
      expect(legend(el)).to.deep.equal(['Used 55', 'Assigned 60', 'Available 0', 'Over the limit 10']);
      const marker = limit(el);
      expect(marker !== null, 'limit marker').to.equal(true);
      expect(percentage(marker!.style.insetInlineStart)).to.be.closeTo((50 / 60) * 100, 1e-3);
      // Hatched, so that it is told apart by more than colour.
      const overage = getComputedStyle(part(el, 'overage')!);
      expect(overage.backgroundImage).to.contain('repeating-linear-gradient');
      expect(getComputedStyle(part(el, 'used')!).backgroundImage).to.equal('none');
      expect(overage.backgroundColor).not.to.equal(getComputedStyle(part(el, 'used')!).backgroundColor);
    });

    it('takes the overage away again when the assignments drop back under the limit', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="60" used="55"></license-bar>`);
      el.assigned = 50;
      await el.updateComplete;
      expect(part(el, 'overage') === null, 'no overage segment').to.equal(true);
      expect(limit(el) === null, 'no limit marker').to.equal(true);
      expect(label(el)).to.equal('55 used, 50 assigned, 50 total');
    });

    it('has an empty bar and no NaN or Infinity anywhere for a zero total', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="0" assigned="0" used="0"></license-bar>`);
      expect(segmentNames(el)).to.deep.equal([]);
      expect(label(el)).to.equal('0 used, 0 assigned, 0 total');
      part(el, 'bar')!.focus();
      await el.updateComplete;
      expect(detailRows(el)).to.deep.equal(['Total: 0', 'Used: 0 (—)', 'Assigned: 0 (—)', 'Available: 0 (—)']);
      for (const value of renderedStrings(el)) expect(value).not.to.match(/NaN|Infinity|∞/);
    });

    it('shows licences assigned on a zero total as overage, without dividing by zero', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="0" assigned="5" used="2"></license-bar>`);
      expect(segmentNames(el)).to.deep.equal(['overage']);
      expect(part(el, 'overage')!.style.width).to.equal('100%');
      expect(limit(el)!.style.insetInlineStart).to.equal('0%');
      expect(label(el)).to.equal('2 used, 5 assigned, 0 total, 5 over the limit');
      part(el, 'bar')!.focus();
      await el.updateComplete;
      expect(detailRows(el)).to.include('Over the limit: 5 (—)');
      for (const value of renderedStrings(el)) expect(value).not.to.match(/NaN|Infinity|∞/);
    });

    it('reads negative, non-numeric and infinite counts as 0', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="-10" assigned="abc" used="-3"></license-bar>`);
      expect(label(el)).to.equal('0 used, 0 assigned, 0 total');
      expect(segmentNames(el)).to.deep.equal([]);
      el.total = Number.POSITIVE_INFINITY;
      el.assigned = Number.NaN;
      el.used = Number.NEGATIVE_INFINITY;
      await el.updateComplete;
      expect(label(el)).to.equal('0 used, 0 assigned, 0 total');
      el.total = 20;
      el.assigned = -4;
      await el.updateComplete;
      expect(segmentNames(el)).to.deep.equal(['available']);
      expect(label(el)).to.equal('0 used, 0 assigned, 20 total');
      for (const value of renderedStrings(el)) expect(value).not.to.match(/NaN|Infinity|∞|-\d/);
    });

    it('speaks German and formats every number with Intl for its locale (lang="de")', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar lang="de" total="5000" assigned="1234" used="999"></license-bar>`);
      const de = new Intl.NumberFormat('de');
      expect(de.format(1234)).to.equal('1.234');
      expect(label(el)).to.equal(`999 verwendet, ${de.format(1234)} zugewiesen, ${de.format(5000)} gesamt`);
      expect(label(el)).to.equal('999 verwendet, 1.234 zugewiesen, 5.000 gesamt');
      expect(legend(el)).to.deep.equal(['Verwendet 999', 'Zugewiesen 1.234', 'Verfügbar 3.766']);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      expect(detailRows(el)).to.deep.equal([
        'Gesamt: 5.000',
        `Verwendet: 999 (${percent(999 / 5000, 'de')})`,
        `Zugewiesen: 1.234 (${percent(1234 / 5000, 'de')})`,
        `Verfügbar: 3.766 (${percent(3766 / 5000, 'de')})`,
      ]);
      // German puts a space before the percent sign, English does not: the shares are localised too.
      expect(detailRows(el)[1]).to.equal('Verwendet: 999 (20 %)');
    });

    it('follows a change of lang', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="5000" assigned="1234" used="999"></license-bar>`);
      expect(label(el)).to.equal('999 used, 1,234 assigned, 5,000 total');
      el.lang = 'de';
      await el.updateComplete;
      expect(label(el)).to.equal('999 verwendet, 1.234 zugewiesen, 5.000 gesamt');
    });

    it('compact hides the legend and reflects', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      expect(legend(el)).to.deep.equal(['Used 12', 'Assigned 30', 'Available 20']);
      const regularHeight = el.shadowRoot!.querySelector('.track')!.getBoundingClientRect().height;
      el.compact = true;
      await el.updateComplete;
      expect(el.hasAttribute('compact')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.legend') === null, 'no legend').to.equal(true);
      expect(el.shadowRoot!.querySelector('.track')!.getBoundingClientRect().height).to.be.lessThan(regularHeight);
      expect(label(el)).to.equal('12 used, 30 assigned, 50 total');
    });
  });

  describe('parts', () => {
    it('exposes the bar, each segment and the tooltip', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="60" used="20"></license-bar>`);
      for (const name of ['bar', 'used', 'assigned', 'overage', 'tooltip']) expect(part(el, name) !== null, name).to.equal(true);
      const normal = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      expect(part(normal, 'available') !== null, 'available').to.equal(true);
    });
  });

  describe('detail on hover and focus', () => {
    it('opens on focus with each part and its share of the total, and closes on blur', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      expect(tooltipOpen(el)).to.equal(false);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
      expect(detailRows(el)).to.deep.equal(['Total: 50', `Used: 12 (${percent(0.24)})`, `Assigned: 30 (${percent(0.6)})`, `Available: 20 (${percent(0.4)})`]);
      part(el, 'bar')!.blur();
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(false);
    });

    it('lists the overage with its share in the detail', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="60" used="55"></license-bar>`);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      expect(detailRows(el)).to.deep.equal([
        'Total: 50',
        `Used: 55 (${percent(1.1)})`,
        `Assigned: 60 (${percent(1.2)})`,
        `Available: 0 (${percent(0)})`,
        `Over the limit: 10 (${percent(0.2)})`,
      ]);
    });

    it('is reached with Tab', async () => {
      const el = await fixture<LicenseBar>(html`<div><button>before</button><license-bar total="50" assigned="30" used="12"></license-bar></div>`);
      const bar = el.querySelector('license-bar')!;
      el.querySelector('button')!.focus();
      await sendKeys({press: 'Tab'});
      await bar.updateComplete;
      expect(bar.shadowRoot!.activeElement === part(bar, 'bar'), 'the bar has the focus').to.equal(true);
      expect(tooltipOpen(bar)).to.equal(true);
    });

    it('opens on hover and closes a moment after the pointer left', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      await hover(part(el, 'bar')!);
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
      await sendMouse({type: 'move', position: [1, window.innerHeight - 1]});
      await el.updateComplete;
      expect(tooltipOpen(el), 'still open right after leaving (the pointer may cross to the detail)').to.equal(true);
      await wait(HIDE_DELAY_MS + 100);
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(false);
    });

    it('stays open while the pointer moves from the bar onto the detail', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      await hover(part(el, 'bar')!);
      await el.updateComplete;
      await nextFrame();
      await hover(part(el, 'tooltip')!);
      await wait(HIDE_DELAY_MS + 100);
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
    });

    it('is placed just below the bar, at its start', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar style="width: 300px; margin: 40px" total="50" assigned="30" used="12"></license-bar>`);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      const bar = part(el, 'bar')!.getBoundingClientRect();
      const tooltip = part(el, 'tooltip')!.getBoundingClientRect();
      expect(tooltip.top).to.be.closeTo(bar.bottom + 6, 1);
      expect(tooltip.left).to.be.closeTo(bar.left, 1);
    });

    it('is aligned with the bar end in right-to-left text', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar dir="rtl" style="width: 300px; margin: 40px" total="50" assigned="30" used="12"></license-bar>`);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      const bar = part(el, 'bar')!.getBoundingClientRect();
      const tooltip = part(el, 'tooltip')!.getBoundingClientRect();
      expect(tooltip.right).to.be.closeTo(bar.right, 1);
    });

    it('opens above the bar when there is no room below', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar style="position: fixed; bottom: 4px; left: 40px; width: 300px" compact total="50" assigned="30" used="12"></license-bar>`);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      const bar = part(el, 'bar')!.getBoundingClientRect();
      const tooltip = part(el, 'tooltip')!.getBoundingClientRect();
      expect(tooltip.bottom).to.be.closeTo(bar.top - 6, 1);
    });

    it('closes cleanly when removed with the detail open, and starts closed when added again', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
      const parent = el.parentNode!;
      el.remove();
      // Rejects when closing the detail of a removed element throws.
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(false);
      parent.appendChild(el);
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(false);
      part(el, 'bar')!.focus();
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
    });

    it('Escape dismisses the detail opened by focus; it comes back on the next focus', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      const bar = part(el, 'bar')!;
      bar.focus();
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(false);
      expect(el.shadowRoot!.activeElement === bar, 'the focus stays on the bar').to.equal(true);
      bar.blur();
      bar.focus();
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
    });

    it('Escape dismisses the detail opened by hover, which stays closed while the pointer stays', async () => {
      const el = await fixture<LicenseBar>(html`<license-bar total="50" assigned="30" used="12"></license-bar>`);
      await hover(part(el, 'bar')!);
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(false);
      await sendMouse({type: 'move', position: [Math.round(part(el, 'bar')!.getBoundingClientRect().left + 2), Math.round(part(el, 'bar')!.getBoundingClientRect().top + 2)]});
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(false);
      // A new hover, after the pointer has left, shows it again.
      await sendMouse({type: 'move', position: [1, window.innerHeight - 1]});
      await wait(HIDE_DELAY_MS + 100);
      await hover(part(el, 'bar')!);
      await el.updateComplete;
      expect(tooltipOpen(el)).to.equal(true);
    });
  });
});
