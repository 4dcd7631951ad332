import {ContextProvider} from '@lit/context';
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AnalyticsProduct} from '../../packages/core/src/index.ts';
import '../../packages/widgets/src/product-toggle/define.ts';
import type {ProductToggle} from '../../packages/widgets/src/product-toggle/product-toggle.ts';
import type {ProductChangeEvent} from '../../packages/widgets/src/events/product-change.ts';
import {productContext} from '../../packages/widgets/src/internal/context.ts';
import {expectEvent, expectNoEvent} from '../helpers/fixtures.ts';

function radios(el: ProductToggle): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
}

function radio(el: ProductToggle, product: AnalyticsProduct): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-product="${product}"]`)!;
}

function checked(el: ProductToggle): string[] {
  return radios(el)
    .filter((button) => button.getAttribute('aria-checked') === 'true')
    .map((button) => button.dataset['product']!);
}

function focusedProduct(el: ProductToggle): string | undefined {
  return (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['product'];
}

async function press(el: ProductToggle, key: string): Promise<void> {
  await sendKeys({press: key});
  await el.updateComplete;
}

describe('<product-toggle>', () => {
  describe('accessibility and rendering', () => {
    it('is a radio group named "Product" with Meetings and Calling, Meetings chosen by default', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle></product-toggle>`);
      const group = el.shadowRoot!.querySelector('[role="radiogroup"]')!;
      expect(group.getAttribute('aria-label')).to.equal('Product');
      expect(radios(el).map((button) => button.textContent!.trim())).to.deep.equal(['Meetings', 'Calling']);
      expect(el.product).to.equal('meetings');
      expect(el.getAttribute('product')).to.equal('meetings');
      expect(checked(el)).to.deep.equal(['meetings']);
      await expect(el).to.be.accessible();
    });

    it('has one tab stop: the chosen product', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle product="calling"></product-toggle>`);
      expect(radios(el).map((button) => button.tabIndex)).to.deep.equal([-1, 0]);
      expect(checked(el)).to.deep.equal(['calling']);
      expect(radio(el, 'calling').getAttribute('part')).to.equal('option option-selected');
      await expect(el).to.be.accessible();
    });

    it('takes its label from the label property', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle label="Analytics for"></product-toggle>`);
      expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Analytics for');
    });

    it('shows an unknown product as the first one', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle product="fax"></product-toggle>`);
      expect(checked(el)).to.deep.equal(['meetings']);
    });
  });

  describe('user choice', () => {
    it('fires product-change and reflects the product when another product is clicked', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle></product-toggle>`);
      const event = await expectEvent<ProductChangeEvent>(document, 'product-change', () => radio(el, 'calling').click());
      expect(event.detail.product).to.equal('calling');
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.product).to.equal('calling');
      expect(el.getAttribute('product')).to.equal('calling');
      expect(checked(el)).to.deep.equal(['calling']);
    });

    it('fires nothing when the chosen product is clicked again', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle product="calling"></product-toggle>`);
      await expectNoEvent(el, 'product-change', () => radio(el, 'calling').click());
    });

    it('moves the choice and the focus with the arrow keys, wrapping around', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle></product-toggle>`);
      radio(el, 'meetings').focus();
      let event = await expectEvent<ProductChangeEvent>(el, 'product-change', () => press(el, 'ArrowRight'));
      expect(event.detail.product).to.equal('calling');
      expect(checked(el)).to.deep.equal(['calling']);
      expect(focusedProduct(el)).to.equal('calling');
      event = await expectEvent<ProductChangeEvent>(el, 'product-change', () => press(el, 'ArrowRight'));
      expect(event.detail.product).to.equal('meetings');
      expect(focusedProduct(el)).to.equal('meetings');
      event = await expectEvent<ProductChangeEvent>(el, 'product-change', () => press(el, 'ArrowLeft'));
      expect(event.detail.product).to.equal('calling');
      event = await expectEvent<ProductChangeEvent>(el, 'product-change', () => press(el, 'ArrowUp'));
      expect(event.detail.product).to.equal('meetings');
      event = await expectEvent<ProductChangeEvent>(el, 'product-change', () => press(el, 'ArrowDown'));
      expect(event.detail.product).to.equal('calling');
      event = await expectEvent<ProductChangeEvent>(el, 'product-change', () => press(el, 'Home'));
      expect(event.detail.product).to.equal('meetings');
      event = await expectEvent<ProductChangeEvent>(el, 'product-change', () => press(el, 'End'));
      expect(event.detail.product).to.equal('calling');
      await expectNoEvent(el, 'product-change', () => press(el, 'End'));
      await expectNoEvent(el, 'product-change', () => press(el, 'Space'));
      expect(el.product).to.equal('calling');
    });

    it('reverses left and right in right-to-left text', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle dir="rtl"></product-toggle>`);
      radio(el, 'meetings').focus();
      const event = await expectEvent<ProductChangeEvent>(el, 'product-change', () => press(el, 'ArrowLeft'));
      expect(event.detail.product).to.equal('calling');
    });
  });

  describe('host and hub', () => {
    it('fires nothing when the product is set by property or attribute', async () => {
      const el = await fixture<ProductToggle>(html`<product-toggle></product-toggle>`);
      await expectNoEvent(document, 'product-change', async () => {
        el.product = 'calling';
        await el.updateComplete;
        el.setAttribute('product', 'meetings');
        await el.updateComplete;
      });
      expect(checked(el)).to.deep.equal(['meetings']);
    });

    it('shows the product of the enclosing hub (product context), following its changes without firing', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const context = new ContextProvider(host, {context: productContext, initialValue: 'calling'});
      const el = document.createElement('product-toggle');
      host.append(el);
      await el.updateComplete;
      expect(el.product).to.equal('calling');
      expect(checked(el)).to.deep.equal(['calling']);
      await expectNoEvent(document, 'product-change', async () => {
        context.setValue('meetings');
        await el.updateComplete;
      });
      expect(checked(el)).to.deep.equal(['meetings']);
      expect(el.getAttribute('product')).to.equal('meetings');
    });
  });
});
