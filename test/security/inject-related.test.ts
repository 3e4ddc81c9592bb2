import { describeInjection } from './inject.js';

describeInjection('related');
