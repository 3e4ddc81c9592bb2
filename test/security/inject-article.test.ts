import { describeInjection } from './inject.js';

describeInjection('article');
