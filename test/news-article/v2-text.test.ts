// The text half of issue 15, as a reader meets it: demo/articles/v2-text.json uses every
// new block and mark (rich headings h2–h6, quotes of paragraphs, a pull quote, nested
// lists, code, a table, footnotes, del/ins/time/kbd…, named references, an image without sizes).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lacks, resizeViewport, whilePrinted } from '../support/engine.js';
import '../../src/news-article/news-article.js';
import type { NewsArticle } from '../../src/news-article/news-article.component.js';
import { $, $$, axeViolations, clickLink, renderElement } from '../helpers.js';

const STORY = '/demo/articles/v2-text.json';
const render = (attrs: Record<string, string> = {}, data?: unknown) =>
  renderElement<NewsArticle>('news-article', data, data ? attrs : { src: STORY, ...attrs });
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
/** An item's own text, without its nested list's. */
const ownText = (li: Element) =>
  [...li.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The accessible name an element gets from aria-labelledby or aria-label (what a screen reader announces). */
function nameOf(el: Element): string | undefined {
  const ids = el.getAttribute('aria-labelledby');
  const root = el.getRootNode() as ShadowRoot;
  if (ids)
    return ids
      .split(' ')
      .map((id) => text(root.getElementById(id)))
      .join(' ');
  return el.getAttribute('aria-label') ?? undefined;
}

/** The element that has the focus inside the story's shadow root, described by role, name or id. */
function focused(el: NewsArticle): string {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return '(none)';
  const role = active.getAttribute('role') ?? active.localName;
  return `${role} ${nameOf(active) ?? text(active)}`;
}

describe('<news-article> v2 text blocks', () => {
  afterEach(() => resizeViewport({ width: 800, height: 600 }));

  it('renders the test story with exactly the two warnings it asks for: an <img> in html, a photo without sizes', async () => {
    const { el, warnings } = await render();
    expect(el.state).to.equal('ready');
    expect(warnings).to.deep.equal([
      {
        path: 'body[2].text.html',
        message: 'an <img> in rich text is not shown (src "https://example.com/chart.png"): use a photo block',
      },
      {
        path: 'body[13]',
        message: 'has no width and height: the box cannot be reserved: the page will shift when it loads',
      },
    ]);
    expect($$(el, '[part~="body"] img').map((img) => img.getAttribute('src'))).to.deep.equal([
      new URL('/demo/images/related-2.jpg', location.href).href,
    ]);
  });

  it('gives headings rich text and levels 2 to 6, offset from heading-level and clamped at h6', async () => {
    const { el } = await render({ 'heading-level': '1' });
    const headings = $$(el, '[part~="heading"]');
    expect(headings.map((h) => h.localName)).to.deep.equal(['h2', 'h3', 'h4', 'h5', 'h6']);
    expect(text(headings[0])).to.equal('What the council published');
    expect(headings[0].querySelector('em')!.textContent).to.equal('the council');
    const link = headings[1].querySelector('a')!;
    expect([text(link), link.getAttribute('href'), link.dataset.kind]).to.deep.equal([
      'raw data',
      'https://example.com/council/data',
      'inline',
    ]);
    expect(headings[2].querySelector('code')!.textContent).to.equal('sum()');
    // At the default heading-level (2), level 6 would be h7: it stays h6, as level 5 does.
    const { el: nested } = await render();
    expect($$(nested, '[part~="heading"]').map((h) => h.localName)).to.deep.equal(['h3', 'h4', 'h5', 'h6', 'h6']);
  });

  it('shows a quote of several paragraphs with its attribution, and keeps a pull quote out of the accessibility tree and the tab order', async () => {
    const { el } = await render();
    const [quote, pull] = $$(el, '[part~="quote"]');
    const paragraphs = [...quote.querySelectorAll('blockquote > p')];
    expect(paragraphs.map(text)).to.deep.equal([
      'We published what we had at the time.',
      'The transport fund is reported separately, as it always has been.',
    ]);
    expect(getComputedStyle(paragraphs[0], '::before').content).to.equal('open-quote');
    expect(getComputedStyle(paragraphs[0], '::after').content).to.equal('none');
    expect(getComputedStyle(paragraphs[1], '::after').content).to.equal('close-quote');
    expect(text(quote.querySelector('figcaption cite'))).to.equal('Marta Ruiz, the council’s finance officer');
    expect(quote.hasAttribute('inert')).to.equal(false);
    // The pull quote repeats the first paragraph: inert, so it is announced once (in the text) and never focused.
    expect(pull.getAttribute('part')).to.equal('quote pull-quote');
    expect(pull.hasAttribute('inert')).to.equal(true);
    expect(text(pull.querySelector('blockquote'))).to.equal(text(paragraphs[0]));
  });

  it('nests lists, each item’s own list ordered or not, and cuts a list deeper than five levels with a warning at its path', async () => {
    const { el } = await render();
    const top = $(el, '[part~="body"] > ol[part~="list"]');
    expect(top.children.length).to.equal(3);
    const second = top.children[1];
    const sources = second.querySelector(':scope > ul[part~="nested-list"]')!;
    expect(sources.children.length).to.equal(3);
    const split = sources.children[1].querySelector(':scope > ol[part~="nested-list"]')!;
    expect([...split.children].map(ownText)).to.deep.equal(['operating costs', 'capital costs']);
    expect([...split.children[1].querySelectorAll(':scope > ul > li')].map(text)).to.deep.equal([
      'buildings',
      'vehicles',
    ]);

    let deep: unknown[] = ['level 8'];
    for (let level = 7; level > 0; level--) deep = [{ text: `level ${level}`, items: deep }];
    const { el: cut, warnings } = await render({}, { headline: 'Deep', body: [{ type: 'list', items: deep }] });
    expect(warnings).to.deep.equal([
      {
        path: 'body[0].items[0].items[0].items[0].items[0].items[0].items',
        message: 'lists nest at most 5 deep: this list is left out',
      },
    ]);
    const lists = $$(cut, 'ul');
    expect(lists.length).to.equal(5);
    expect(ownText(lists[4].firstElementChild!)).to.equal('level 5');
    expect(text(lists[4])).to.equal('level 5', 'and nothing deeper');
  });

  it('shows code exactly as written, left to right, in a labelled region that scrolls sideways and takes the focus', async () => {
    const { el } = await render({ lang: 'ar' });
    const box = $(el, '[part~="code-box"]');
    const source = (await (await fetch(STORY)).json()).body[6].text;
    expect(box.querySelector('code')!.textContent).to.equal(source);
    expect(getComputedStyle(box).whiteSpace).to.equal('pre');
    expect([box.getAttribute('role'), box.tabIndex, nameOf(box), box.getAttribute('dir')]).to.deep.equal([
      'region',
      0,
      'الشيفرة البرمجية: python',
      'ltr',
    ]);
    expect(getComputedStyle(box).direction).to.equal('ltr');
    expect(text($(el, '[part~="code-language"]'))).to.equal('python');
    el.style.width = '320px';
    await frame();
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth, 'the long line scrolls inside the box');
    expect(el.scrollWidth).to.be.at.most(320 + (lacks('rtl-table-edge') ? 3 : 0), 'the page does not widen');
  });

  it('builds a table a screen reader can navigate: caption as its name, th scope col and row, rich cells, column alignment, a scroll region', async () => {
    const { el } = await render();
    const region = $(el, '[part~="table-scroll"]');
    expect([region.getAttribute('role'), region.tabIndex, nameOf(region)]).to.deep.equal([
      'region',
      0,
      'Spending by department, € million',
    ]);
    const table = region.querySelector('table')!;
    expect(text(table.caption)).to.equal(
      'Spending by department, € million3',
      'the caption with its footnote reference',
    );
    expect(
      [...table.tHead!.rows[0].cells].map((c) => `${c.localName}[scope=${c.getAttribute('scope')}] ${text(c)}`),
    ).to.deep.equal(['th[scope=col] Department', 'th[scope=col] 2023', 'th[scope=col] 2024', 'th[scope=col] Change']);
    const body = [...table.tBodies[0].rows];
    expect(
      body.map((row) => `${row.cells[0].localName}[scope=${row.cells[0].getAttribute('scope')}] ${text(row.cells[0])}`),
    ).to.deep.equal(['th[scope=row] Transport', 'th[scope=row] Schools', 'th[scope=row] Parks']);
    expect(body.map((row) => row.cells[1].localName)).to.deep.equal(['td', 'td', 'td']);
    expect((body[2].cells[0].querySelector('a') as HTMLAnchorElement).href).to.equal('https://example.com/parks');
    expect(body[0].cells[3].querySelector('ins')!.textContent).to.equal('+10%');
    expect(body[2].cells[3].querySelector('strong')!.textContent).to.equal('−5%');
    expect([0, 1, 2, 3].map((i) => getComputedStyle(body[1].cells[i]).textAlign)).to.deep.equal([
      'start',
      'end',
      'end',
      'center',
    ]);
    el.style.width = '320px';
    await frame();
    expect(el.scrollWidth).to.be.at.most(320, 'the table scrolls inside its region, the page does not widen');
    expect(getComputedStyle(region).overflowX).to.equal('auto');
  });

  it('numbers footnotes in document order, links each reference to its note and back, by click and by keyboard', async () => {
    const { el } = await render();
    const refs = $$(el, '[part~="note-ref"] a');
    // In the standfirst, a paragraph and the table's caption: numbered as they are read.
    expect(refs.map((a) => [text(a), a.getAttribute('href'), a.getAttribute('role'), nameOf(a)])).to.deep.equal([
      ['1', '#note-1', 'doc-noteref', 'Note 1'],
      ['2', '#note-2', 'doc-noteref', 'Note 2'],
      ['3', '#note-3', 'doc-noteref', 'Note 3'],
    ]);
    const notes = $(el, 'section[part~="notes"]');
    expect([notes.getAttribute('role'), nameOf(notes), notes.querySelector('h3')!.id]).to.deep.equal([
      'doc-endnotes',
      'Notes',
      'notes-heading',
    ]);
    const items = [...notes.querySelectorAll('li[part~="footnote"]')];
    expect(items.map((li) => li.id)).to.deep.equal(['note-1', 'note-2', 'note-3']);
    expect(text(items[1])).to.equal('Council budget report 2024, table 3. ↩︎');
    expect((items[1].querySelector('a[data-kind="inline"]') as HTMLAnchorElement).href).to.equal(
      'https://example.com/council/report-2024',
    );
    const back = items.map((li) => li.querySelector('a[part~="note-back"]')!);
    expect(back.map((a) => [a.getAttribute('href'), a.getAttribute('role'), nameOf(a)])).to.deep.equal([
      ['#note-ref-1', 'doc-backlink', 'Back to reference 1'],
      ['#note-ref-2', 'doc-backlink', 'Back to reference 2'],
      ['#note-ref-3', 'doc-backlink', 'Back to reference 3'],
    ]);
    // A click follows the link inside the shadow root (the browser would not find the id), and fires no news-link-click.
    const there = clickLink(refs[1]);
    expect([there.defaultPrevented, there.events.length, focused(el)]).to.deep.equal([true, 0, `li ${text(items[1])}`]);
    clickLink(back[1] as HTMLElement);
    expect(focused(el)).to.equal('doc-noteref Note 2');
    // By keyboard: Enter on a reference, Enter on the way back.
    refs[0].focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('note-1');
    (back[0] as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(focused(el)).to.equal('doc-noteref Note 1');
  });

  it('reaches every link and scroll region by Tab, in reading order, skipping the pull quote', async () => {
    const { el } = await render();
    $(el, 'article').setAttribute('tabindex', '-1');
    $(el, 'article').focus();
    // A stop after the story keeps Tab inside the page: Firefox would move the focus to
    // the browser, and the next test file's page would start without it.
    el.after(document.createElement('button'));
    const order: string[] = [];
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'Tab' });
      if (!el.shadowRoot!.activeElement) break;
      order.push(focused(el));
    }
    (el.nextElementSibling as HTMLElement).remove();
    expect(order).to.deep.equal([
      'doc-noteref Note 1',
      'doc-noteref Note 2',
      'a raw data',
      'region Code: python',
      'region Spending by department, € million',
      'doc-noteref Note 3',
      'a Parks',
      'doc-backlink Back to reference 1',
      'a Council budget report 2024',
      'doc-backlink Back to reference 2',
      'doc-backlink Back to reference 3',
    ]);
  });

  it('keeps the v2 marks and decodes HTML 4’s named references', async () => {
    const { el } = await render();
    const body = $(el, '[part~="body"]');
    const tags = (name: string) => [...body.querySelectorAll(name)].map(text);
    expect(tags('del')).to.deep.equal(['€12 million']);
    expect(tags('ins')).to.deep.equal(['€21 million', '+10%']);
    expect(tags('s')).to.deep.equal(['balanced'], 'strike is read as s');
    expect(tags('kbd')).to.deep.equal(['Ctrl', 'F']);
    expect([tags('samp'), tags('dfn'), tags('var')]).to.deep.equal([['TOTAL_EXP'], ['line item'], ['n']]);
    expect(tags('p code')).to.deep.equal(
      ['budget_2024_final_v3.xlsx', 'NULL'],
      'a span’s code mark, and tt read as code',
    );
    const time = body.querySelector('time')!;
    expect([time.getAttribute('datetime'), text(time)]).to.deep.equal(['2024-03-13', '13 March']);
    expect(text(body)).to.include('Café owners on Calle Peña asked ¡por qué? – and got ½ an answer…');
  });

  it('reserves a 3:2 box for a photo without sizes until it loads', async () => {
    const slow = '/fixture/echo?delay=3000&type=image/png';
    const { el } = await render({}, { headline: 'H', body: [{ type: 'photo', src: slow, alt: 'A slow image' }] });
    const img = $(el, '[part~="image"]') as HTMLImageElement;
    expect(img.complete).to.equal(false);
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    expect(box.width / box.height).to.be.closeTo(1.5, 0.02);
  });

  it('lays out right to left in Arabic, with its own words', async () => {
    const { el } = await render({ lang: 'ar' });
    expect(getComputedStyle($(el, '[part~="table"]')).direction).to.equal('rtl');
    const first = ($(el, '[part~="table"]') as HTMLTableElement).tBodies[0].rows[0].cells[0];
    const table = $(el, '[part~="table"]').getBoundingClientRect();
    expect(first.getBoundingClientRect().right).to.be.closeTo(table.right, 1, 'the header column is on the right');
    expect(text($(el, '[part~="notes-heading"]'))).to.equal('الحواشي');
    expect(nameOf($(el, '[part~="note-ref"] a'))).to.equal('حاشية 1');
  });

  it('passes an axe audit in English and in Arabic', async function () {
    this.timeout(30000);
    const en = await render();
    expect(await axeViolations(en.el)).to.deep.equal([]);
    const ar = await render({ lang: 'ar' });
    expect(await axeViolations(ar.el)).to.deep.equal([]);
  });

  it('passes an axe audit on a dark page', async function () {
    this.timeout(30000);
    const dark = await render();
    const page = dark.el.parentElement!;
    page.style.cssText = 'background:#121212;color:#e8e6e3;padding:1rem';
    expect(getComputedStyle($(dark.el, '[part~="code-box"]')).color).to.equal('rgb(232, 230, 227)');
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('prints long code lines wrapped, tables whole, and no address after footnote links', async () => {
    const { el } = await render();
    await whilePrinted(el, () => {
      expect(getComputedStyle($(el, '[part~="code-box"]')).whiteSpace).to.equal('pre-wrap');
      expect(getComputedStyle($(el, '[part~="table-scroll"]')).overflowX).to.equal('visible');
      expect(getComputedStyle($(el, '[part~="note-ref"] a'), '::after').content).to.equal('none');
      expect(getComputedStyle($(el, '[part~="note-back"]')).display).to.equal('none');
      // Other links still print their address (Firefox reports the rule's attr() unresolved,
      // WebKit as three strings).
      expect(['" (https://example.com/council/data)"', '" (" attr(href) ")"']).to.include(
        getComputedStyle($(el, '[part~="heading"] a'), '::after').content.replace(/" "/g, ''),
      );
    });
  });
});
