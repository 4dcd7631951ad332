/**
 * Guarded registration: defining a tag twice (the bundle loaded twice, or two versions on one
 * page) keeps the first definition and warns instead of throwing, so the page keeps working.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== constructor) {
      console.warn(
        `[partner-hub] <${tagName}> is already defined, probably by another copy of the partner hub kit on this page; the first definition stays in use.`,
      );
    }
    return;
  }
  customElements.define(tagName, constructor);
}
