import {defineElement} from '../internal/define.ts';
import {SubscriptionSection} from './subscription-section.ts';

defineElement('subscription-section', SubscriptionSection);

declare global {
  interface HTMLElementTagNameMap {
    'subscription-section': SubscriptionSection;
  }
}
