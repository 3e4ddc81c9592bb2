import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderByline, renderDates } from '../../src/render/byline.js';
import { formatListParts } from '../../src/i18n/format.js';
import { stringsFor } from '../../src/i18n/strings.js';
// Every on-demand feature loaded (the translations, the video renderer…), as the loader would.
import '../../src/loader/every-feature.js';

function mount(template: unknown) {
  const host = document.createElement('div');
  render(template, host);
  return host;
}
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const names = ['Ann Lee', 'Bo Chen', 'Cy Diaz'];

describe('renderByline', () => {
  it('joins one, two and three authors the language’s way, keeping each name a link', () => {
    const cases: Record<string, string[]> = {};
    for (const lang of ['en', 'fr', 'ru', 'ar']) {
      const strings = stringsFor(lang);
      cases[lang] = [1, 2, 3].map((n) => {
        const authors = names.slice(0, n).map((name) => ({ name, url: `https://news.example/${name.split(' ')[0]}` }));
        const host = mount(renderByline(authors, { strings, lang }));
        expect([...host.querySelectorAll('a[rel="author"]')].map((a) => a.textContent)).to.deep.equal(
          names.slice(0, n),
        );
        return text(host);
      });
    }
    const list = (lang: string, n: number) =>
      new Intl.ListFormat(lang, { type: 'conjunction' }).format(names.slice(0, n));
    expect(cases.en).to.deep.equal(['By Ann Lee', 'By Ann Lee and Bo Chen', 'By Ann Lee, Bo Chen, and Cy Diaz']);
    expect(cases.fr).to.deep.equal(['Par Ann Lee', 'Par Ann Lee et Bo Chen', 'Par Ann Lee, Bo Chen et Cy Diaz']);
    expect(cases.ru).to.deep.equal([1, 2, 3].map((n) => `Автор: ${list('ru', n)}`));
    expect(cases.ar).to.deep.equal([1, 2, 3].map((n) => `بقلم ${list('ar', n)}`));
  });

  it('keeps right-to-left names in their order in a left-to-right byline', () => {
    // Without isolation the two Arabic names and the comma between them form one right-to-left run: the second shows first.
    const host = mount(
      renderByline([{ name: 'ليلى حداد' }, { name: 'سامي علي' }, { name: 'Cy Diaz' }], {
        strings: stringsFor('en'),
        lang: 'en',
      }),
    );
    Object.assign(host, { dir: 'ltr', lang: 'en' });
    document.body.append(host);
    const [first, second] = [...host.querySelectorAll('[part~="author"]')].map((el) => el.getBoundingClientRect().left);
    host.remove();
    expect(first).to.be.below(second);
  });

  it('renders nothing without authors', () => {
    expect(text(mount(html`<p>${renderByline([], { strings: stringsFor('en') })}</p>`))).to.equal('');
    expect(text(mount(html`<p>${renderByline(undefined, { strings: stringsFor('en') })}</p>`))).to.equal('');
  });
});

describe('formatListParts', () => {
  it('keeps the caller’s items in order between Intl’s separators', () => {
    const items = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const parts = formatListParts(items, ['a', 'b', 'c'], 'de');
    expect(parts).to.deep.equal([items[0], ', ', items[1], ' und ', items[2]]);
    // A malformed language tag falls back to the runtime's language instead of throwing.
    expect(formatListParts(items.slice(0, 1), ['a'], 'not a tag!')).to.deep.equal([items[0]]);
  });
});

describe('renderDates', () => {
  const strings = stringsFor('en');
  it('shows only "Updated" when there is no publication date', () => {
    const host = mount(renderDates({ dateModified: '2021-10-20T18:45:00Z' }, { strings, lang: 'en' }));
    expect(host.querySelectorAll('time')).to.have.length(1);
    expect(text(host)).to.match(/^Updated October 20, 2021/);
  });

  it('shows nothing without dates', () => {
    expect(mount(renderDates({}, { strings })).querySelectorAll('*')).to.have.length(0);
  });
});
