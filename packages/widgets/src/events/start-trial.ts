/**
 * "Start trial" was pressed, for a customer or (no id) for a new one. Cancel it
 * (`preventDefault()`) to run your own trial flow instead of the element's.
 */
export class StartTrialEvent extends CustomEvent<{customerId: string | null}> {
  constructor(customerId: string | null) {
    super('start-trial', {bubbles: true, composed: true, cancelable: true, detail: {customerId}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'start-trial': StartTrialEvent;
  }
}
