/** Shared test helpers for the elements. */
import {expect, oneEvent} from '@open-wc/testing';
import type {PartnerHubDataProvider} from '../../packages/core/src/index.ts';

/** Waits for `type` on `target` while `act()` runs, and returns the event. */
export async function expectEvent<E extends Event>(target: EventTarget, type: string, act: () => unknown): Promise<E> {
  const event = oneEvent(target, type) as Promise<E>;
  await act();
  return event;
}

/** Runs `act()` and asserts `type` was not dispatched on `target` meanwhile (or within `settleMs`). */
export async function expectNoEvent(target: EventTarget, type: string, act: () => unknown, settleMs = 20): Promise<void> {
  let fired = 0;
  const count = () => (fired += 1);
  target.addEventListener(type, count);
  try {
    await act();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  } finally {
    target.removeEventListener(type, count);
  }
  expect(fired, `"${type}" fired ${fired} time(s)`).to.equal(0);
}

interface PendingCall {
  method: string;
  args: unknown[];
  signal: AbortSignal | undefined;
  /** Lets the real provider answer now. */
  release(): void;
  /** Fails this call with `error`. */
  fail(error: Error): void;
}

/**
 * Wraps a provider so each call waits until the test releases it: answers can be delivered in any
 * order, which is how stale-response protection is tested.
 */
export function controllableProvider(inner: PartnerHubDataProvider) {
  const pending: PendingCall[] = [];
  const wrapped = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || key === 'subscribe') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          const options = args.at(-1) as {signal?: AbortSignal} | undefined;
          pending.push({
            method: String(key),
            args,
            signal: options?.signal,
            release: () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).then(resolve, reject),
            fail: (error) => reject(error),
          });
        });
    },
  });
  return {provider: wrapped as PartnerHubDataProvider, pending};
}

/** Resolves after the next animation frame (layout and virtualizer work done). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Stubs `window.open` for the duration of `act` and returns the calls. */
export async function withWindowOpenStub(act: () => unknown): Promise<unknown[][]> {
  const original = window.open;
  const calls: unknown[][] = [];
  window.open = (...args: unknown[]) => {
    calls.push(args);
    return null;
  };
  try {
    await act();
  } finally {
    window.open = original;
  }
  return calls;
}
