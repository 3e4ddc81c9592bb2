import { describeInjection } from './inject.js';
import { MEDIA_SAMPLES } from './documents.js';
import { ENGINE, lacks } from '../support/engine.js';
import { gapsOf } from '../support/engine-gaps.mjs';

const NAME = 'article (media and notes)';

if (lacks('media-injection-time')) {
  // Said on every run, never a silent pass (test/support/engine-gaps.mjs).
  const gap = gapsOf(ENGINE).find((g: { id: string }) => g.id === 'media-injection-time');
  console.log(`[engines] ${ENGINE}: ${gap.what}; ${gap.instead} (media-injection-time).`);
  describe(`untrusted feeds: the attack corpus in every field of ${NAME} documents`, () => {
    it.skip(`${ENGINE}: ${gap.what}; ${gap.instead}`, () => {});
  });
} else {
  // The engine's default routes: all three ways in, or src only where the gaps list says so.
  describeInjection('article', undefined, MEDIA_SAMPLES.article, NAME);
}
