import {consume} from '@lit/context';
import {msg} from '@lit/localize';
import {ANALYTICS_PRODUCTS, type AnalyticsProduct} from '@partner-hub/core';
import {html, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {ProductChangeEvent} from '../events/product-change.ts';
import {productLabel} from '../i18n/products.ts';
import {productContext} from '../internal/context.ts';
import {HubElement} from '../internal/hub-element.ts';
import {productToggleStyles} from './product-toggle.styles.ts';

/**
 * Chooses the product the analytics show: Meetings or Calling. A single-select radio group: one
 * tab stop, arrow keys (and Home / End) move the choice, click chooses.
 *
 * Inside a `<partner-hub>` it shows the hub's product (the product context); the host (or hub)
 * applies a choice by handling `product-change`. The element also shows the choice at once.
 *
 * @summary Meetings / Calling switch for the analytics sections.
 *
 * @csspart group - The radio group.
 * @csspart option - Each product choice.
 * @csspart option-selected - The chosen product (in addition to `option`).
 *
 * @cssproperty [--product-toggle-selected-background=var(--ph-color-surface-selected)] - Background of the chosen product.
 *
 * @event {ProductChangeEvent} product-change - The viewer chose another product; `detail.product` is `meetings` or `calling`.
 */
export class ProductToggle extends HubElement {
  static override styles = [...HubElement.styles, productToggleStyles];

  /** The chosen product (`meetings` or `calling`); follows the hub's product context. */
  @consume({context: productContext, subscribe: true})
  @property({reflect: true})
  product: AnalyticsProduct | undefined = 'meetings';

  /** Accessible name of the group. */
  @property() label: string | undefined;

  protected override render(): TemplateResult {
    const chosen = this.#chosen;
    return html`<div class="group" part="group" role="radiogroup" aria-label=${this.label || msg('Product')} @keydown=${this.#onKeydown}>
      ${ANALYTICS_PRODUCTS.map((product) => {
        const checked = product === chosen;
        return html`<button
          class="option"
          part=${checked ? 'option option-selected' : 'option'}
          type="button"
          role="radio"
          data-product=${product}
          aria-checked=${checked ? 'true' : 'false'}
          tabindex=${checked ? 0 : -1}
          @click=${() => this.#choose(product)}
        >
          ${productLabel(product)}
        </button>`;
      })}
    </div>`;
  }

  /** A product the element knows; anything else shows as the first one. */
  get #chosen(): AnalyticsProduct {
    return ANALYTICS_PRODUCTS.includes(this.product!) ? this.product! : ANALYTICS_PRODUCTS[0]!;
  }

  async #choose(product: AnalyticsProduct): Promise<void> {
    const changed = product !== this.#chosen;
    this.product = product;
    if (changed) this.dispatchEvent(new ProductChangeEvent(product));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-product="${product}"]`)?.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    const index = ANALYTICS_PRODUCTS.indexOf(this.#chosen);
    const count = ANALYTICS_PRODUCTS.length;
    // Left and right follow the reading direction: in right-to-left text, Left is the next one.
    const forward = getComputedStyle(this).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    let next: number;
    switch (event.key) {
      case forward:
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    void this.#choose(ANALYTICS_PRODUCTS[(next + count) % count]!);
  }
}
