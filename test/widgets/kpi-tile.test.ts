import {expect, fixture, html} from '@open-wc/testing';
import {a11ySnapshot, findAccessibilityNode, sendKeys} from '@web/test-runner-commands';
import '../../packages/widgets/src/kpi-tile/define.ts';
import {KpiTile} from '../../packages/widgets/src/kpi-tile/kpi-tile.ts';
import {KpiActivateEvent} from '../../packages/widgets/src/events/kpi-activate.ts';
import {expectEvent, expectNoEvent} from '../helpers/fixtures.ts';

const XSS = '<img src=x onerror="window.__kpiTileXss = true">';

function part(el: KpiTile, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

interface AxNode {
  role: string;
  name: string;
  description?: string;
  children: AxNode[];
}

async function axNodeNamed(name: string): Promise<AxNode | null> {
  const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
  return findAccessibilityNode<AxNode>(snapshot, (node) => node.name === name);
}

describe('<kpi-tile>', () => {
  describe('accessibility', () => {
    it('is accessible with a value, a change and a rule', async () => {
      const el = await fixture<KpiTile>(
        html`<kpi-tile kpi="nearingExpiration" label="Nearing expiration" value="42" delta="12" rule="Ends within 90 days"></kpi-tile>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with a null value', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Nearing expiration"></kpi-tile>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Nearing expiration" loading></kpi-tile>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible when interactive', async () => {
      const el = await fixture<KpiTile>(
        html`<kpi-tile label="Nearing expiration" value="42" delta="-3" interactive><span slot="rule">Ends within 90 days</span></kpi-tile>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible when selected, interactive or not', async () => {
      const interactive = await fixture<KpiTile>(html`<kpi-tile label="Over license limit" value="3" interactive selected></kpi-tile>`);
      await expect(interactive).to.be.accessible();
      const plain = await fixture<KpiTile>(html`<kpi-tile label="Over license limit" value="3" selected></kpi-tile>`);
      await expect(plain).to.be.accessible();
    });

    it('is a group named "label, value" (what a screen reader says first)', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Nearing expiration" value="42"></kpi-tile>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('role')).to.equal('group');
      expect(base.getAttribute('aria-label')).to.equal('Nearing expiration, 42');
    });

    it('as a button, is named "label, value" and described by its change and rule', async () => {
      await fixture<KpiTile>(
        html`<kpi-tile label="Nearing expiration" value="42" delta="12" interactive rule="Ends within 90 days"></kpi-tile>`,
      );
      const node = await axNodeNamed('Nearing expiration, 42');
      expect(node, 'accessibility node named "Nearing expiration, 42"').to.exist;
      expect(node!.role).to.equal('button');
      expect(node!.description).to.equal('+12 vs. previous week Ends within 90 days');
    });

    it('takes the description from slotted rule text', async () => {
      await fixture<KpiTile>(
        html`<kpi-tile label="Low license assignment" value="7" interactive><span slot="rule">Below half the median</span></kpi-tile>`,
      );
      const node = await axNodeNamed('Low license assignment, 7');
      expect(node?.description).to.equal('Below half the median');
    });

    it('says "—" for a missing value and "loading" while loading', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Nearing expiration"></kpi-tile>`);
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Nearing expiration, —');
      el.loading = true;
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Nearing expiration, loading');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    });
  });

  describe('properties', () => {
    it('reflects the value and label in the name and the visible text', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile kpi="totalCustomers" label="Total customers" value="1234"></kpi-tile>`);
      expect(el.kpi).to.equal('totalCustomers');
      expect(el.value).to.equal(1234);
      expect(text(part(el, 'label'))).to.equal('Total customers');
      expect(text(part(el, 'value'))).to.equal('1,234');
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Total customers, 1,234');
      el.value = 99;
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.equal('99');
    });

    it('shows "—" for null, an absent, an empty or a non-numeric value', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Rate" format="percent"></kpi-tile>`);
      expect(el.value).to.equal(null);
      expect(text(part(el, 'value'))).to.equal('—');
      el.setAttribute('value', '');
      await el.updateComplete;
      expect(el.value).to.equal(null);
      expect(text(part(el, 'value'))).to.equal('—');
      el.setAttribute('value', 'abc');
      await el.updateComplete;
      expect(el.value).to.equal(null);
      el.setAttribute('value', '0');
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.equal('0%');
      el.removeAttribute('value');
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.equal('—');
    });

    it('formats counts, rates and durations', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="KPI" value="0.5" format="percent"></kpi-tile>`);
      expect(text(part(el, 'value'))).to.equal(new Intl.NumberFormat('en', {style: 'percent'}).format(0.5));
      el.format = 'duration';
      el.value = 125;
      await el.updateComplete;
      const unit = (value: number, name: string) =>
        new Intl.NumberFormat('en', {style: 'unit', unit: name, unitDisplay: 'short'}).format(value);
      expect(text(part(el, 'value'))).to.equal(`${unit(2, 'minute')} ${unit(5, 'second')}`);
      el.format = 'number';
      el.value = 12.64;
      await el.updateComplete;
      // An average keeps one decimal; a count shows whole.
      expect(text(part(el, 'value'))).to.equal('12.6');
      el.value = 1200;
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.equal('1,200');
    });

    it('formats for the element locale (lang="de")', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile lang="de" label="Kunden" value="12345"></kpi-tile>`);
      expect(text(part(el, 'value'))).to.equal('12.345');
      expect(text(part(el, 'value'))).to.equal(new Intl.NumberFormat('de').format(12345));
      el.format = 'percent';
      el.value = 0.5;
      await el.updateComplete;
      const percent = new Intl.NumberFormat('de', {style: 'percent'}).format(0.5);
      expect(percent.replace(/\s/g, ' ')).to.equal('50 %');
      expect(part(el, 'value')!.textContent!.trim()).to.equal(percent);
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(`Kunden, ${percent}`);
    });

    it('follows an ancestor lang and its changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><kpi-tile label="Kunden" value="12345"></kpi-tile></div>`);
      const el = wrapper.querySelector('kpi-tile')!;
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.equal('12.345');
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.equal('12,345');
    });

    it('shows a signed change with a direction and the comparison wording', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Customers" value="100" delta="12"></kpi-tile>`);
      const delta = part(el, 'delta')!;
      expect(text(delta)).to.equal('▲ +12 vs. previous week');
      expect(delta.querySelector('[aria-hidden="true"]')!.textContent).to.equal('▲');
      el.delta = -3;
      el.deltaLabel = 'vs. last month';
      await el.updateComplete;
      expect(text(part(el, 'delta'))).to.equal(`▼ ${new Intl.NumberFormat('en', {signDisplay: 'exceptZero'}).format(-3)} vs. last month`);
      el.delta = 0;
      await el.updateComplete;
      expect(text(part(el, 'delta'))).to.equal('0 vs. last month');
      el.delta = null;
      await el.updateComplete;
      expect(part(el, 'delta')).to.equal(null);
    });

    it('reads the change from the delta and delta-label attributes', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Customers" value="1" delta="-2" delta-label="seit gestern"></kpi-tile>`);
      expect(el.delta).to.equal(-2);
      expect(el.deltaLabel).to.equal('seit gestern');
      expect(text(part(el, 'delta'))).to.contain('seit gestern');
    });

    it('formats the change in the unit of the value', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Usage" value="0.5" format="percent" delta="0.05"></kpi-tile>`);
      expect(text(part(el, 'delta'))).to.equal(
        `▲ ${new Intl.NumberFormat('en', {style: 'percent', signDisplay: 'exceptZero'}).format(0.05)} vs. previous week`,
      );
      el.format = 'duration';
      el.value = 60;
      el.delta = -65;
      await el.updateComplete;
      const unit = (value: number, name: string) =>
        new Intl.NumberFormat('en', {style: 'unit', unit: name, unitDisplay: 'short'}).format(value);
      expect(text(part(el, 'delta'))).to.equal(`▼ -${unit(1, 'minute')} ${unit(5, 'second')} vs. previous week`);
    });

    it('hides the change while loading', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Customers" value="1" delta="2" loading></kpi-tile>`);
      expect(part(el, 'delta')).to.equal(null);
    });

    it('marks the selected tile with aria-current, never aria-pressed', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Over license limit" value="3" interactive></kpi-tile>`);
      const control = () => part(el, 'button')!;
      expect(control().hasAttribute('aria-current')).to.equal(false);
      el.selected = true;
      await el.updateComplete;
      expect(control().getAttribute('aria-current')).to.equal('true');
      expect(control().hasAttribute('aria-pressed')).to.equal(false);
      expect(el.hasAttribute('selected')).to.equal(true);
      el.interactive = false;
      await el.updateComplete;
      expect(part(el, 'button')).to.equal(null);
      expect(part(el, 'base')!.getAttribute('aria-current')).to.equal('true');
    });

    it('draws the selected tile differently from the others', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Over license limit" value="3" interactive></kpi-tile>`);
      const before = getComputedStyle(part(el, 'base')!);
      const plain = {border: before.borderInlineStartWidth, shadow: before.boxShadow};
      el.selected = true;
      await el.updateComplete;
      const after = getComputedStyle(part(el, 'base')!);
      expect(after.borderInlineStartWidth).not.to.equal(plain.border);
      expect(after.boxShadow).not.to.equal(plain.shadow);
    });

    it('keeps long labels and large values inside the tile', async () => {
      const el = await fixture<KpiTile>(
        html`<kpi-tile
          style="width: 140px"
          lang="de"
          label="Kundinnen und Kunden mit Lizenzüberschreitung in Abonnementverwaltungsübersicht"
          value="123456789012345"
          delta="98765432"
        ></kpi-tile>`,
      );
      const base = part(el, 'base')!;
      for (const name of ['base', 'label', 'value', 'delta']) {
        const node = part(el, name)!;
        expect(node.scrollWidth, `${name} overflows`).to.be.at.most(node.clientWidth + 1);
      }
      expect(base.getBoundingClientRect().width).to.be.at.most(141);
      expect(part(el, 'label')!.getBoundingClientRect().height, 'the label wraps').to.be.greaterThan(30);
      expect(getComputedStyle(part(el, 'value')!).fontVariantNumeric).to.contain('tabular-nums');
    });
  });

  describe('slots', () => {
    it('shows the rule property as text, and the rule slot instead of it', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Nearing expiration" value="4" rule="From the property"></kpi-tile>`);
      const rule = part(el, 'rule')!;
      expect(rule.hidden).to.equal(false);
      expect(text(rule)).to.equal('From the property');
      const slotted = document.createElement('span');
      slotted.slot = 'rule';
      slotted.textContent = 'Customers whose subscriptions end within 90 days';
      el.append(slotted);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      const slot = rule.querySelector('slot')!;
      expect(slot.assignedElements()).to.deep.equal([slotted]);
      expect(slotted.checkVisibility()).to.equal(true);
    });

    it('hides the rule part when there is no rule at all, and shows it when slotted content arrives', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Nearing expiration" value="4"></kpi-tile>`);
      expect(part(el, 'rule')!.hidden).to.equal(true);
      const slotted = document.createElement('span');
      slotted.slot = 'rule';
      slotted.textContent = 'Ends within 90 days';
      el.append(slotted);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(part(el, 'rule')!.hidden).to.equal(false);
      slotted.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(part(el, 'rule')!.hidden).to.equal(true);
    });
  });

  describe('parts and custom properties', () => {
    it('exposes base, label, value, delta and rule', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="L" value="1" delta="1" rule="R"></kpi-tile>`);
      for (const name of ['base', 'label', 'value', 'delta', 'rule']) expect(part(el, name), name).to.exist;
      expect(part(el, 'button'), 'button only when interactive').to.equal(null);
    });

    it('is styled through --kpi-tile-* custom properties defaulting to kit tokens', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="L" value="1"></kpi-tile>`);
      const value = part(el, 'value')!;
      const base = part(el, 'base')!;
      const probe = document.createElement('span');
      probe.style.color = 'var(--ph-color-text)';
      probe.style.backgroundColor = 'var(--ph-color-surface)';
      probe.style.fontSize = 'var(--ph-font-size-xl)';
      document.body.append(probe);
      const tokens = getComputedStyle(probe);
      expect(getComputedStyle(value).color).to.equal(tokens.color);
      expect(getComputedStyle(value).fontSize).to.equal(tokens.fontSize);
      expect(getComputedStyle(base).backgroundColor).to.equal(tokens.backgroundColor);
      probe.remove();

      el.style.setProperty('--kpi-tile-value-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--kpi-tile-value-size', '40px');
      el.style.setProperty('--kpi-tile-background', 'rgb(4, 5, 6)');
      expect(getComputedStyle(value).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(value).fontSize).to.equal('40px');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('events', () => {
    it('fires kpi-activate with the kpi id on click when interactive', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile kpi="overLimit" label="Over license limit" value="3" interactive></kpi-tile>`);
      const event = await expectEvent<KpiActivateEvent>(document, 'kpi-activate', () => part(el, 'button')!.click());
      expect(event).to.be.instanceOf(KpiActivateEvent);
      expect(event.detail).to.deep.equal({kpi: 'overLimit'});
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.target === el, 'retargeted to the host').to.equal(true);
    });

    it('fires kpi-activate on Enter and on Space', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile kpi="lowAssignment" label="Low license assignment" value="7" interactive></kpi-tile>`);
      part(el, 'button')!.focus();
      const onEnter = await expectEvent<KpiActivateEvent>(el, 'kpi-activate', () => sendKeys({press: 'Enter'}));
      expect(onEnter.detail.kpi).to.equal('lowAssignment');
      const onSpace = await expectEvent<KpiActivateEvent>(el, 'kpi-activate', () => sendKeys({press: 'Space'}));
      expect(onSpace.detail.kpi).to.equal('lowAssignment');
    });

    it('fires nothing on click or keys when not interactive', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile kpi="overLimit" label="Over license limit" value="3"></kpi-tile>`);
      await expectNoEvent(el, 'kpi-activate', async () => {
        part(el, 'base')!.click();
        el.click();
        el.focus();
        await sendKeys({press: 'Enter'});
        await sendKeys({press: 'Space'});
      });
    });

    it('fires nothing when properties are set', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile kpi="overLimit" label="Over license limit" value="3"></kpi-tile>`);
      await expectNoEvent(el, 'kpi-activate', async () => {
        el.interactive = true;
        el.selected = true;
        el.value = 4;
        el.kpi = 'nearingRenewal';
        el.loading = true;
        await el.updateComplete;
        el.loading = false;
        el.selected = false;
        await el.updateComplete;
      });
    });
  });

  describe('states', () => {
    it('sets :state(loading) and shows a placeholder while loading', async () => {
      const el = await fixture<KpiTile>(html`<kpi-tile label="Customers" value="12" loading></kpi-tile>`);
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(part(el, 'value')!.querySelector('.skeleton')).to.exist;
      expect(text(part(el, 'value'))).to.equal('');
      expect(el.shadowRoot!.querySelector('[role="status"]'), 'no second loading announcement').to.equal(null);
      el.loading = false;
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(text(part(el, 'value'))).to.equal('12');
      expect(part(el, 'base')!.hasAttribute('aria-busy')).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop when interactive and none otherwise', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <kpi-tile id="plain" label="Plain" value="1"></kpi-tile>
        <kpi-tile id="active" label="Active" value="2" interactive></kpi-tile>
        <button id="after">after</button>
      </div>`);
      const active = wrapper.querySelector<KpiTile>('#active')!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(active);
      expect(active.shadowRoot!.activeElement === part(active, 'button'), 'focus on the tile button').to.equal(true);
      await sendKeys({press: 'Tab'});
      expect(document.activeElement!.id).to.equal('after');
    });
  });

  describe('XSS', () => {
    it('renders a markup label, rule and delta label as text', async () => {
      const el = await fixture<KpiTile>(
        html`<kpi-tile label=${XSS} rule=${XSS} delta="1" delta-label=${XSS} value="1" interactive></kpi-tile>`,
      );
      expect(text(part(el, 'label'))).to.equal(XSS);
      expect(text(part(el, 'rule'))).to.equal(XSS);
      expect(text(part(el, 'delta'))).to.contain(XSS);
      expect(part(el, 'button')!.getAttribute('aria-label')).to.equal(`${XSS}, 1`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((window as {__kpiTileXss?: boolean}).__kpiTileXss).to.equal(undefined);
    });
  });
});
