import { describeInjection } from './inject.js';
import { MEDIA_SAMPLES } from './documents.js';

// The engine's default routes: all three ways in, or src only where the gaps list says so.
describeInjection('article', undefined, MEDIA_SAMPLES.article, 'article (media and notes)');
