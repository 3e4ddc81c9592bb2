import { describeInjection } from './inject.js';
import { ROUTES } from './harness.js';
import { MEDIA_SAMPLES } from './documents.js';

describeInjection('article', ROUTES, MEDIA_SAMPLES.article, 'article (media and notes)');
