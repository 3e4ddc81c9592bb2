// The model's rules for the media and notes blocks: what is kept, what is left
// out, and the warning (with its path) a publisher gets.
import { expect } from '@open-wc/testing';
// The complete model and renderers: every on-demand feature (the HTML reader, the rare blocks…) loaded.
import '../../src/loader/every-feature.js';
import { render } from 'lit';
import { normalise } from '../../src/model/normalise.js';
import { renderBlock } from '../../src/render/blocks.js';
import { stringsFor } from '../../src/i18n/strings.js';
import type { Block } from '../../src/model/schema.js';

const read = (...body: unknown[]) => {
  const result = normalise('article', { headline: 'H', body });
  if (!result.ok) throw new Error('not ok');
  return { body: result.document.body ?? [], warnings: result.warnings };
};
const photo = (src: string) => ({ src, alt: 'A', width: 4, height: 3 });

describe('media and notes in the model', () => {
  it('checks each provider’s video id, and names the bad one by its path', () => {
    const { body, warnings } = read(
      { type: 'embed', provider: 'vimeo', id: '76979871' },
      { type: 'embed', provider: 'vimeo', id: 'dQw4w9WgXcQ' },
      { type: 'embed', provider: 'dailymotion', id: 'x8abc12', player: 'xa1b2' },
      { type: 'embed', provider: 'dailymotion', id: '../x8abc12' },
      { type: 'embed', provider: 'dailymotion', id: 'x8abc12', player: 'a/b?c' },
      { type: 'embed', provider: 'twitch', id: '1' },
    );
    expect(
      body.map((b) => (b.type === 'embed' ? `${b.provider} ${b.id} ${'player' in b ? b.player : ''}` : b.type)),
    ).to.deep.equal(['vimeo 76979871 ', 'dailymotion x8abc12 xa1b2', 'dailymotion x8abc12 ']);
    expect(warnings).to.deep.equal([
      { path: 'body[1].id', message: 'must be a numeric Vimeo video id' },
      { path: 'body[3].id', message: 'must be a Dailymotion video id such as "x8abc12"' },
      { path: 'body[4].player', message: 'must be a Dailymotion player id such as "xa1b2"' },
      { path: 'body[5].provider', message: 'unknown provider "twitch", skipped (known: youtube, vimeo, dailymotion)' },
    ]);
  });

  it('refuses an aside inside an aside with a warning, and keeps the outer one', () => {
    const { body, warnings } = read({
      type: 'aside',
      title: 'Facts',
      body: [
        { type: 'paragraph', text: 'Kept' },
        { type: 'aside', body: [{ type: 'paragraph', text: 'Left out' }] },
      ],
    });
    expect(body).to.have.length(1);
    expect(body[0].type === 'aside' && body[0].body.map((b) => b.type)).to.deep.equal(['paragraph']);
    expect(warnings).to.deep.equal([
      { path: 'body[0].body[1].type', message: 'an aside inside an aside is not allowed: its blocks are left out' },
    ]);
  });

  it('shows a gallery of one usable photo as that photo, with a warning; none at all is left out', () => {
    const { body, warnings } = read(
      { type: 'gallery', caption: 'Gallery caption', images: [photo('/a.jpg'), { alt: 'no src' }] },
      { type: 'gallery', images: [] },
    );
    expect(warnings).to.deep.equal([
      { path: 'body[0].images[1].src', message: 'is required' },
      { path: 'body[0].images', message: 'has 1 item(s); at least 2 are expected' },
      { path: 'body[1].images', message: 'has no items to show' },
    ]);
    const host = document.createElement('div');
    render(
      renderBlock(body[0] as Block, 0, {
        strings: stringsFor('en'),
        headingLevel: 2,
        played: new Set(),
        onPlay: () => {},
      }),
      host,
    );
    expect(host.querySelector('[part~="gallery"]')).to.equal(null);
    expect(host.querySelector('figure > img')!.getAttribute('src')).to.equal('/a.jpg');
    expect(host.querySelector('figcaption')!.textContent!.trim()).to.equal('Gallery caption');
  });

  it('passes every media URL through the URL policy: a refused file leaves its title and caption, a refused track is dropped', () => {
    const { body, warnings } = read(
      {
        type: 'video',
        src: 'javascript:alert(1)',
        title: 'T',
        tracks: [
          { src: 'data:text/vtt,x', lang: 'en' },
          { src: '/ok.vtt', lang: 'fr' },
        ],
      },
      { type: 'audio', src: '/a.mp3', title: 'A', transcript: 'javascript:alert(1)' },
      { type: 'social', provider: 'x', url: 'vbscript:x', author: { name: 'N', url: 'javascript:x' } },
    );
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'body[0].src',
      'body[0].tracks[0].src',
      'body[1].transcript',
      'body[2].url',
      'body[2].author.url',
    ]);
    const host = document.createElement('div');
    render(
      body.map((b, i) =>
        renderBlock(b, i, { strings: stringsFor('en'), headingLevel: 2, played: new Set(), onPlay: () => {} }),
      ),
      host,
    );
    expect(host.querySelector('video')).to.equal(null);
    expect(host.querySelector('[part~="media-title"]')!.textContent).to.equal('T');
    expect(host.querySelector('[part~="transcript"]')).to.equal(null);
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/a.mp3']);
    expect(host.querySelector('[part~="social-link"]')!.tagName).to.equal('SPAN');
  });

  it('reads the article’s label, dateline, corrections and authors’ roles; a correction without text is left out', () => {
    const result = normalise('article', {
      headline: 'H',
      label: 'Opinion',
      dateline: 'KYIV',
      authors: [{ name: 'A', jobTitle: 'Editor', organization: 'Org' }],
      corrections: [{ text: 'Fixed', date: '2021-10-22' }, { text: ' ' }, { text: 'Bad date', date: 'soon' }],
    });
    expect(
      result.ok && [
        result.document.label,
        result.document.dateline,
        result.document.authors,
        result.document.corrections,
      ],
    ).to.deep.equal([
      'Opinion',
      'KYIV',
      [{ name: 'A', jobTitle: 'Editor', organization: 'Org' }],
      [{ text: ['Fixed'], date: '2021-10-22' }, { text: ['Bad date'] }],
    ]);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['corrections[1].text', 'corrections[2].date']);
  });
});
