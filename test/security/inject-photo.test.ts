import { describeInjection } from './inject.js';

describeInjection('photo');
