/** A customer row was activated (click, Enter). */
export class CustomerSelectEvent extends CustomEvent<{customerId: string}> {
  constructor(customerId: string) {
    super('customer-select', {bubbles: true, composed: true, detail: {customerId}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'customer-select': CustomerSelectEvent;
  }
}
