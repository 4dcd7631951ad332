/** Reading an element's shadow DOM in tests. */

/** The text of `node` with white space collapsed, as a person reads it. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first match of `selector` in `el`'s shadow root. */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}

/** Every match of `selector` in `el`'s shadow root. */
export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}
