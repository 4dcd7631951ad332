import type {AnalyticsProduct} from '@partner-hub/core';

/** The viewer switched the product toggle. */
export class ProductChangeEvent extends CustomEvent<{product: AnalyticsProduct}> {
  constructor(product: AnalyticsProduct) {
    super('product-change', {bubbles: true, composed: true, detail: {product}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'product-change': ProductChangeEvent;
  }
}
