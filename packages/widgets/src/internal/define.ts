/**
 * Guarded registration: defining a tag twice (the bundle loaded twice, or two versions on one
 * page) keeps the first definition and warns instead of throwing, so the page keeps working.
 */

/**
 * Set on `globalThis` once a duplicate was reported: a second copy of the kit finds every tag
 * taken, and the page gets one warning, not one per element (nor one per copy).
 */
const DUPLICATE_REPORTED = Symbol.for('partner-hub.duplicate-definition-reported');

export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing) {
    const page = globalThis as {[DUPLICATE_REPORTED]?: true};
    if (existing !== constructor && !page[DUPLICATE_REPORTED]) {
      page[DUPLICATE_REPORTED] = true;
      console.warn(
        `[partner-hub] <${tagName}> is already defined, probably by another copy of the partner hub kit on this page; the first definition stays in use (this warning is shown once, for every element defined twice).`,
      );
    }
    return;
  }
  customElements.define(tagName, constructor);
}
