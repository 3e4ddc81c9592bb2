// Attacks that got through once, each kept as a test that failed before its fix.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/news-photo/news-photo.js';
import type { NewsPhoto } from '../../src/news-photo/news-photo.component.js';
import { normalise } from '../../src/model/normalise.js';
import { renderPhoto } from '../../src/render/photo.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { srcsetUrls } from './srcset.js';
// Every on-demand feature loaded (the translations, the video renderer…), as the loader would.
import '../../src/loader/every-feature.js';

async function photo(data: unknown) {
  const el = await fixture<NewsPhoto>(html`<news-photo .data=${data}></news-photo>`);
  await el.updateComplete;
  return el;
}

describe('security regressions', () => {
  it('reads hostile html fragments in linear time (no catastrophic backtracking)', async function () {
    this.timeout(120000);
    // Each of these froze the page for seconds to hours with the old regular-expression tokenizer.
    const hostile = [
      '<b ' + 'a'.repeat(32), // 28 characters took 5 s before and each one more doubled it: 32 took over a minute
      '<b a="x '.repeat(20000), // unclosed quotes: > 5 minutes before
      '<svg></svg>'.repeat(20000), // dropped elements: quadratic before
      '<b a<'.repeat(50000),
    ];
    for (const markup of hostile) {
      const started = performance.now();
      const el = await photo({ src: '/demo/images/lead-400.jpg', alt: 'a', caption: { html: markup } });
      // Wall time in a browser, so generous for a busy 2-core machine: the old tokenizer took
      // over a minute on each of these, and linear code takes well under a second idle.
      expect(performance.now() - started, markup.slice(0, 20)).to.be.below(20000);
      expect(el.state).to.equal('ready');
      el.remove();
    }
  });

  it('does not let a srcset candidate smuggle in a second URL (server rendering, no base URL)', () => {
    // On the server documents are normalised without a base: a space inside a URL
    // split it into two srcset candidates, so a data: image or another host got in unchecked.
    const result = normalise('photo', {
      src: '/demo/images/lead-400.jpg',
      alt: 'a',
      srcset: [
        {
          src: '/demo/images/lead-400.jpg 1w, data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/> 9999w',
          width: 400,
        },
        { src: '/demo/images/lead-800.jpg 1x, https://evil.example/pwn.jpg', width: 800 },
      ],
    });
    if (!result.ok) throw new Error('not rendered');
    const host = document.createElement('div');
    render(renderPhoto(result.document, { strings: stringsFor('en') }), host);
    const urls = srcsetUrls(host.querySelector('img')!.getAttribute('srcset')!);
    expect(urls).to.have.length(2);
    for (const url of urls) {
      const resolved = new URL(url, document.baseURI);
      expect(resolved.origin, url).to.equal(location.origin);
      expect(resolved.pathname, url).to.match(/^\/demo\/images\/lead-[48]00\.jpg%20/);
    }
  });

  it('keeps a URL ending in a comma one srcset candidate (found by the fuzzer)', async () => {
    // A trailing comma ended the URL inside the srcset, so the width after it was read as another image URL ("400w").
    const el = await fixture<NewsPhoto>(html`<news-photo
      .data=${{
        src: '/demo/images/lead-400.jpg',
        alt: 'a',
        srcset: [
          { src: 'https://images.example/a.jpg,', width: 400 },
          { src: ',,/demo/images/lead-800.jpg', width: 800 },
        ],
      }}
    ></news-photo>`);
    const urls = srcsetUrls(el.shadowRoot!.querySelector('img')!.getAttribute('srcset')!);
    expect(urls).to.deep.equal([
      'https://images.example/a.jpg%2C',
      new URL('/,,/demo/images/lead-800.jpg', location.href).href,
    ]);
  });

  it('announces news-error for a data value of NaN (found by fuzzing)', async () => {
    // The "same document" check compared with ===, and NaN is not === NaN: the event never fired.
    const el = document.createElement('news-photo');
    const failed = oneEvent(el, 'news-error');
    el.data = NaN;
    document.body.append(el);
    const { detail } = await failed;
    expect(el.state).to.equal('error');
    expect(detail.issues).to.deep.equal([{ path: '(document)', message: 'must be an object, not the number NaN' }]);
    el.remove();
  });
});
