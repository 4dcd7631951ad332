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

/**
 * Every element under `root` in document order, shadow roots included (and `root`'s own shadow
 * root when it is a host).
 */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** The parent of `element`, or the host of its shadow root. */
export function parentAcrossShadow(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null);
}

/** The focused element, inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
