/** Registers `<partner-hub>` and every element it is made of. */
import '@partner-hub/widgets/define';
import {defineElement} from '@partner-hub/widgets';
import {PartnerHub} from './partner-hub.ts';

defineElement('partner-hub', PartnerHub);
