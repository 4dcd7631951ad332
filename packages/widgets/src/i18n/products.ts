/** Product names; products outside the known set show their id as text. */
import {msg} from '@lit/localize';
import type {ProductId} from '@partner-hub/core';

export function productLabel(product: ProductId): string {
  switch (product) {
    case 'meetings':
      return msg('Meetings');
    case 'calling':
      return msg('Calling');
    case 'messaging':
      return msg('Messaging');
    case 'translation':
      return msg('Real-time translation');
    default:
      return product;
  }
}
