import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';
import { captureWarnings } from './helpers.js';
import '../src/index.js';

describe('registration', () => {
  it('leaves an already defined tag alone with one warning, and never throws', async () => {
    const first = customElements.get('news-photo');
    const warnings = await captureWarnings(() =>
      expect(() => define('news-photo', class extends HTMLElement {})).not.to.throw(),
    );
    expect(customElements.get('news-photo')).to.equal(first);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<news-photo> is already defined');
  });

  it('warns once for the tags a second copy of the library finds taken, naming them all', async () => {
    const warnings = await captureWarnings(() => {
      for (const tag of ['news-photo', 'news-article', 'news-related']) define(tag, class extends HTMLElement {});
    });
    expect(warnings.map(String)).to.deep.equal([
      '[news-elements] <news-photo>, <news-article>, <news-related> are already defined; keeping the existing definition.',
    ]);
  });

  it('registers all three elements from the package entry', () => {
    for (const tag of ['news-article', 'news-photo', 'news-related']) expect(customElements.get(tag), tag).to.exist;
  });
});
