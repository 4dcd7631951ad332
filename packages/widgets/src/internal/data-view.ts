/**
 * What an element shows when its data can come from the host (a property) or from the provider:
 * the host's data wins; otherwise the provider's last answer (kept while reloading), its error, or
 * loading. `idle` means neither: no data was given and there is no provider to ask.
 */
import type {HubState} from './hub-element.ts';
import type {DataStatus} from './provider-data.ts';

export type DataView<T> = {kind: 'loading' | 'error' | 'idle'} | {kind: 'ready'; value: T; refreshing: boolean};

export function dataView<T>(own: T | null | undefined, data: {readonly status: DataStatus; readonly value: T | undefined}): DataView<T> {
  if (own !== undefined && own !== null) return {kind: 'ready', value: own, refreshing: false};
  const status = data.status;
  if (status === 'error') return {kind: 'error'};
  const value = data.value;
  if (value !== undefined) return {kind: 'ready', value, refreshing: status === 'loading'};
  return {kind: status === 'loading' ? 'loading' : 'idle'};
}

/** Mirrors `view` into the custom states; an `idle` element, or `isEmpty` data, is `empty`. */
export function setViewStates<T>(
  setState: (name: HubState, on: boolean) => void,
  view: DataView<T>,
  isEmpty: (value: T) => boolean,
): void {
  setState('loading', view.kind === 'loading');
  setState('error', view.kind === 'error');
  setState('empty', view.kind === 'idle' || (view.kind === 'ready' && isEmpty(view.value)));
}
