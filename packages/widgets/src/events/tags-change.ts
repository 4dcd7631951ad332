/** The viewer changed a customer's tags (fired after the provider accepted the change). */
export class TagsChangeEvent extends CustomEvent<{customerId: string; tagIds: string[]}> {
  constructor(customerId: string, tagIds: string[]) {
    super('tags-change', {bubbles: true, composed: true, detail: {customerId, tagIds}});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tags-change': TagsChangeEvent;
  }
}
