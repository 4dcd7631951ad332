import {defineElement} from '../internal/define.ts';
import {CustomerDetailElement} from './customer-detail.ts';

defineElement('customer-detail', CustomerDetailElement);
