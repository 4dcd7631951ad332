/**
 * Counters for the leak test, installed before the kit is imported (import this module first):
 * how many ResizeObservers and MutationObservers are observing (created, `observe()`d, not
 * disconnected), and how many listeners sit on the page's long-lived targets — `window`,
 * `document`, `<html>`, and the MediaQueryLists of `matchMedia()` (a listener there keeps its
 * element alive as long as the page lives).
 */

export interface ProbeCounts {
  resizeObservers: number;
  mutationObservers: number;
  /** Listeners on window, document, <html> and media query lists, by `target type`. */
  listeners: Record<string, number>;
}

const active = {resize: 0, mutation: 0};

class CountingResizeObserver extends ResizeObserver {
  #targets = new Set<Element>();
  override observe(target: Element, options?: ResizeObserverOptions): void {
    if (this.#targets.size === 0) active.resize += 1;
    this.#targets.add(target);
    super.observe(target, options);
  }
  override unobserve(target: Element): void {
    if (this.#targets.delete(target) && this.#targets.size === 0) active.resize -= 1;
    super.unobserve(target);
  }
  override disconnect(): void {
    if (this.#targets.size > 0) active.resize -= 1;
    this.#targets.clear();
    super.disconnect();
  }
}

class CountingMutationObserver extends MutationObserver {
  #observing = false;
  override observe(target: Node, options?: MutationObserverInit): void {
    if (!this.#observing) active.mutation += 1;
    this.#observing = true;
    super.observe(target, options);
  }
  override disconnect(): void {
    if (this.#observing) active.mutation -= 1;
    this.#observing = false;
    super.disconnect();
  }
}

window.ResizeObserver = CountingResizeObserver;
window.MutationObserver = CountingMutationObserver;

/** Registered listeners per long-lived target, keyed `type|capture`. */
const registered = new Map<EventTarget, Map<string, Set<unknown>>>();

function tracked(target: EventTarget): string | undefined {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target === document.documentElement) return 'html';
  if (target instanceof MediaQueryList) return 'matchMedia';
  return undefined;
}

function capture(options: boolean | EventListenerOptions | undefined): boolean {
  return typeof options === 'boolean' ? options : !!options?.capture;
}

const {addEventListener, removeEventListener} = EventTarget.prototype;

EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
  // `once` and `signal` listeners remove themselves without removeEventListener: not counted.
  const selfRemoving = typeof options === 'object' && (options.once || options.signal);
  if (listener && !selfRemoving && tracked(this)) {
    let byType = registered.get(this);
    if (!byType) registered.set(this, (byType = new Map()));
    const key = `${type}|${capture(options)}`;
    let listeners = byType.get(key);
    if (!listeners) byType.set(key, (listeners = new Set()));
    listeners.add(listener);
  }
  addEventListener.call(this, type, listener, options);
};

EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
  const byType = registered.get(this);
  if (byType) {
    const key = `${type}|${capture(options)}`;
    byType.get(key)?.delete(listener);
    if (byType.get(key)?.size === 0) byType.delete(key);
    if (byType.size === 0) registered.delete(this);
  }
  removeEventListener.call(this, type, listener, options);
};

/** The counts now. */
export function probeCounts(): ProbeCounts {
  const listeners: Record<string, number> = {};
  for (const [target, byType] of registered) {
    for (const [key, set] of byType) {
      const name = `${tracked(target)} ${key.split('|')[0]}`;
      listeners[name] = (listeners[name] ?? 0) + set.size;
    }
  }
  return {resizeObservers: active.resize, mutationObservers: active.mutation, listeners};
}
