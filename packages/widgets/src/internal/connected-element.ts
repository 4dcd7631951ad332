/**
 * Base of the elements that can load their own data: a `provider` property that an enclosing
 * `<partner-hub>` (or any context provider) fills in, or that the host sets directly.
 */
import {consume} from '@lit/context';
import type {PartnerHubDataProvider} from '@partner-hub/core';
import {property} from 'lit/decorators.js';
import {providerContext} from './context.ts';
import {HubElement} from './hub-element.ts';
import {ProviderData, type ProviderDataOptions} from './provider-data.ts';

export class ConnectedElement extends HubElement {
  /** Where connected elements load their data; set directly or provided by `<partner-hub>`. */
  @consume({context: providerContext, subscribe: true})
  @property({attribute: false})
  provider: PartnerHubDataProvider | undefined;

  /** A data loader bound to this element's provider and custom states. */
  protected loadFromProvider<A extends readonly unknown[], R>(
    options: Omit<ProviderDataOptions<A, R>, 'provider' | 'setState' | 'locale'>,
  ): ProviderData<A, R> {
    return new ProviderData<A, R>(this, {
      ...options,
      provider: () => this.provider,
      locale: () => this.locale,
      setState: (name, on) => this.setState(name, on),
    });
  }
}
