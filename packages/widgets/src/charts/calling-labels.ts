/** Names of the endpoint types and calling features the data uses; other ids show as given, as text. */
import {msg} from '@lit/localize';

export function endpointLabel(endpoint: string): string {
  switch (endpoint) {
    case 'desktopApp':
      return msg('Desktop app');
    case 'mobileApp':
      return msg('Mobile app');
    case 'deskPhone':
      return msg('Desk phone');
    case 'webBrowser':
      return msg('Web browser');
    case 'thirdPartySip':
      return msg('Third-party SIP device');
    default:
      return endpoint;
  }
}

export function featureLabel(feature: string): string {
  switch (feature) {
    case 'callQueue':
      return msg('Call queue');
    case 'huntGroup':
      return msg('Hunt group');
    case 'autoAttendant':
      return msg('Auto attendant');
    case 'callPark':
      return msg('Call park');
    case 'callPickup':
      return msg('Call pickup');
    case 'voicemail':
      return msg('Voicemail');
    default:
      return feature;
  }
}
