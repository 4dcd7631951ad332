/**
 * "Launch organisation" was asked for. Cancel it (`preventDefault()`) to handle it yourself;
 * otherwise the element opens `url` in a new tab when the customer has one.
 */
export class LaunchOrgEvent extends CustomEvent<{customerId: string; url: string | null}> {
  constructor(customerId: string, url: string | null) {
    super('launch-org', {bubbles: true, composed: true, cancelable: true, detail: {customerId, url}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'launch-org': LaunchOrgEvent;
  }
}
