import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { relatedLinks, renderRelated } from '../../src/render/related.js';
import { stringsFor } from '../../src/i18n/strings.js';
import type { Related, RelatedLink } from '../../src/model/schema.js';
// Every on-demand feature loaded (the translations, the video renderer…), as the loader would.
import '../../src/loader/every-feature.js';

const strings = stringsFor('en');
const links: RelatedLink[] = [1, 2, 3, 4].map((n) => ({ url: `https://news.example/${n}`, title: `Story ${n}` }));

function mount(template: unknown) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  document.body.append(host);
  render(template, root);
  return { host, root };
}

describe('renderRelated', () => {
  it('renders twice in one shadow root (as in an article) without ids, each landmark named by its own title', () => {
    const a: Related = { title: 'Read also', links: links.slice(0, 2) };
    const b: Related = { links: links.slice(2) };
    const { host, root } = mount(
      html`${renderRelated(a, { strings, headingLevel: 3 })}<p>…</p>${renderRelated(b, { strings, headingLevel: 3, layout: 'cards' })}`,
    );
    const navs = [...root.querySelectorAll('nav')];
    expect(navs.map((n) => n.getAttribute('aria-label'))).to.deep.equal(['Read also', 'Related']);
    expect(navs.map((n) => n.firstElementChild!.localName)).to.deep.equal(['h3', 'h3']);
    expect(root.querySelectorAll('[id], [aria-labelledby], [aria-describedby]')).to.have.length(0);
    expect([...root.querySelectorAll('a')].map((x) => x.dataset.kind)).to.deep.equal([
      'related',
      'related',
      'related',
      'related',
    ]);
    host.remove();
  });

  it('clamps the heading level to 1–6; unset, 0 or not a number is 2', () => {
    const levels = [undefined, 0, 1, 4, 6, 7, Number.NaN].map((headingLevel) => {
      const { host, root } = mount(renderRelated({ links }, { strings, headingLevel }));
      const tag = root.querySelector('nav')!.firstElementChild!.localName;
      host.remove();
      return tag;
    });
    expect(levels).to.deep.equal(['h2', 'h2', 'h1', 'h4', 'h6', 'h6', 'h2']);
  });

  it('relatedLinks: one per URL, then the first `limit` (a positive number), refused links all kept', () => {
    const refused = { url: undefined, title: 'Refused' } as unknown as RelatedLink;
    const input = [links[0], refused, links[0], refused, links[1], links[2]];
    const titles = (limit?: number) => relatedLinks(input, limit).map((l) => l.title);
    expect(titles()).to.deep.equal(['Story 1', 'Refused', 'Refused', 'Story 2', 'Story 3']);
    expect(titles(2)).to.deep.equal(['Story 1', 'Refused']);
    expect(titles(2.7)).to.deep.equal(['Story 1', 'Refused']);
    for (const limit of [0, -1, Number.NaN]) expect(titles(limit), String(limit)).to.have.length(5);
  });
});
