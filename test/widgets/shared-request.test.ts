import {expect} from '@open-wc/testing';
import {generateDataset, InMemoryProvider, type PartnerHubDataProvider} from '@partner-hub/core';
import {forgetSharedRequests, sharedRequest} from '../../packages/widgets/src/internal/shared-request.ts';

/** A call that answers when told to, counting how often it was made and whether it was aborted. */
function deferredCall() {
  const calls: {signal: AbortSignal; resolve: (value: string) => void; reject: (error: unknown) => void}[] = [];
  const call = (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      calls.push({signal, resolve, reject});
    });
  return {calls, call};
}

describe('sharedRequest', () => {
  let provider: PartnerHubDataProvider;

  beforeEach(() => {
    provider = new InMemoryProvider(generateDataset({seed: 3, customers: 5}));
  });

  it('makes one call for concurrent requests with the same key, and gives each the answer', async () => {
    const {calls, call} = deferredCall();
    const first = sharedRequest(provider, 'k', new AbortController().signal, call);
    const second = sharedRequest(provider, 'k', new AbortController().signal, call);
    expect(calls.length).to.equal(1);
    calls[0]!.resolve('answer');
    expect(await first).to.equal('answer');
    expect(await second).to.equal('answer');
  });

  it('keeps different keys and different providers apart', async () => {
    const {calls, call} = deferredCall();
    const other = new InMemoryProvider(generateDataset({seed: 4, customers: 5}));
    void sharedRequest(provider, 'a', new AbortController().signal, call);
    void sharedRequest(provider, 'b', new AbortController().signal, call);
    void sharedRequest(other, 'a', new AbortController().signal, call);
    expect(calls.length).to.equal(3);
    for (const pending of calls) pending.resolve('x');
  });

  it('asks again once a call has answered (nothing is cached)', async () => {
    const {calls, call} = deferredCall();
    const first = sharedRequest(provider, 'k', new AbortController().signal, call);
    calls[0]!.resolve('old');
    await first;
    const second = sharedRequest(provider, 'k', new AbortController().signal, call);
    expect(calls.length).to.equal(2);
    calls[1]!.resolve('new');
    expect(await second).to.equal('new');
  });

  it('asks again after a failure, and passes the failure to every waiter', async () => {
    const {calls, call} = deferredCall();
    const first = sharedRequest(provider, 'k', new AbortController().signal, call);
    const second = sharedRequest(provider, 'k', new AbortController().signal, call);
    calls[0]!.reject(new Error('down'));
    const messages = await Promise.all([first, second].map((p) => p.then(() => 'answered', (error: Error) => error.message)));
    expect(messages).to.deep.equal(['down', 'down']);
    void sharedRequest(provider, 'k', new AbortController().signal, call);
    expect(calls.length).to.equal(2);
    calls[1]!.resolve('x');
  });

  it('aborts the call only when every waiter has given up', async () => {
    const {calls, call} = deferredCall();
    const a = new AbortController();
    const b = new AbortController();
    const first = sharedRequest(provider, 'k', a.signal, call);
    const second = sharedRequest(provider, 'k', b.signal, call);
    a.abort();
    const firstError = await first.then(() => null, (error: DOMException) => error.name);
    expect(firstError).to.equal('AbortError');
    expect(calls[0]!.signal.aborted).to.equal(false);
    b.abort();
    await second.catch(() => {});
    expect(calls[0]!.signal.aborted).to.equal(true);
    // The aborted call is not shared with a later request.
    void sharedRequest(provider, 'k', new AbortController().signal, call);
    expect(calls.length).to.equal(2);
    calls[1]!.resolve('x');
  });

  it('does not start a call for a request aborted already', async () => {
    const {calls, call} = deferredCall();
    const aborted = new AbortController();
    aborted.abort();
    const error = await sharedRequest(provider, 'k', aborted.signal, call).then(() => null, (e: DOMException) => e.name);
    expect(error).to.equal('AbortError');
    expect(calls.length).to.equal(0);
  });

  it('does not join a call that started before the data changed', async () => {
    const {calls, call} = deferredCall();
    void sharedRequest(provider, 'k', new AbortController().signal, call);
    await Promise.resolve();
    forgetSharedRequests(provider);
    const fresh = sharedRequest(provider, 'k', new AbortController().signal, call);
    expect(calls.length).to.equal(2);
    calls[0]!.resolve('stale');
    calls[1]!.resolve('fresh');
    expect(await fresh).to.equal('fresh');
  });

  it('forgets once per change notification, so the reloads that follow it share one call', async () => {
    const {calls, call} = deferredCall();
    void sharedRequest(provider, 'k', new AbortController().signal, call);
    await Promise.resolve();
    // Each element's listener forgets, then reloads: the second forget must not drop the first reload.
    forgetSharedRequests(provider);
    void sharedRequest(provider, 'k', new AbortController().signal, call);
    forgetSharedRequests(provider);
    void sharedRequest(provider, 'k', new AbortController().signal, call);
    expect(calls.length).to.equal(2);
    for (const pending of calls) pending.resolve('x');
  });
});
