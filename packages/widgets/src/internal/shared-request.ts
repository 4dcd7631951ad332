/**
 * One provider call shared by every element that asks the same question at the same time. In a
 * `<partner-hub>` the overview, the trend chart and five subscription sections all need
 * `getSubscriptionAnalytics(product)`; without sharing, the provider would compute (or fetch) the
 * same answer seven times, and again on every product toggle.
 *
 * Only calls in flight are shared, nothing is cached: a call that has answered is forgotten, so a
 * later request (a retry, a reload after a data change) always asks the provider again. The shared
 * call is aborted once every element waiting for it has given up, never while one still waits.
 */
import type {PartnerHubDataProvider} from '@partner-hub/core';

interface InFlight {
  answer: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

const inFlight = new WeakMap<PartnerHubDataProvider, Map<string, InFlight>>();

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

/**
 * `call(signal)` unless the same `key` is already being asked of `provider`, in which case this
 * waits for that answer. `signal` aborts this caller's wait (and the call, if nobody else waits).
 */
export function sharedRequest<R>(
  provider: PartnerHubDataProvider,
  key: string,
  signal: AbortSignal,
  call: (signal: AbortSignal) => Promise<R>,
): Promise<R> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  let calls = inFlight.get(provider);
  if (!calls) inFlight.set(provider, (calls = new Map()));
  const byKey = calls;
  let entry = byKey.get(key);
  if (!entry) {
    const controller = new AbortController();
    const started: InFlight = {answer: call(controller.signal), controller, waiting: 0};
    const forget = () => {
      if (byKey.get(key) === started) byKey.delete(key);
    };
    started.answer.then(forget, forget);
    byKey.set(key, started);
    entry = started;
  }
  const shared = entry;
  shared.waiting += 1;
  return new Promise<R>((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return false;
      done = true;
      signal.removeEventListener('abort', onAbort);
      shared.waiting -= 1;
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (shared.waiting === 0 && byKey.get(key) === shared) {
        byKey.delete(key);
        shared.controller.abort(signal.reason);
      }
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, {once: true});
    shared.answer.then(
      (value) => {
        if (leave()) resolve(value as R);
      },
      (error: unknown) => {
        if (leave()) reject(error);
      },
    );
  });
}

/** Providers whose calls were forgotten in the current task. */
const forgotten = new WeakSet<PartnerHubDataProvider>();

/**
 * Stops sharing the calls in flight to `provider` (its data changed: their answers may be stale).
 * Every element calls this from its change listener, right before reloading: only the first call
 * per notification forgets, so the reloads of the elements after it still share one call.
 */
export function forgetSharedRequests(provider: PartnerHubDataProvider): void {
  if (forgotten.has(provider)) return;
  forgotten.add(provider);
  inFlight.delete(provider);
  queueMicrotask(() => forgotten.delete(provider));
}
