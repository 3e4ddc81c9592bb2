import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';
import { captureWarnings } from './helpers.js';
import '../src/index.js';

describe('registration', () => {
  it('leaves an already defined tag alone with one warning, and never throws', async () => {
    const first = customElements.get('news-photo');
    const warnings = await captureWarnings(() => expect(() => define('news-photo', class extends HTMLElement {})).not.to.throw());
    expect(customElements.get('news-photo')).to.equal(first);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<news-photo> is already defined');
  });

  it('registers all three elements from the package entry', () => {
    for (const tag of ['news-article', 'news-photo', 'news-related']) expect(customElements.get(tag), tag).to.exist;
  });
});
