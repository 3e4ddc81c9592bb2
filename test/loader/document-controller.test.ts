import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/news-photo/news-photo.js';
import type { NewsPhoto } from '../../src/news-photo/news-photo.component.js';

const doc = (caption: string, src = '/demo/images/lead-400.jpg') => ({ src, alt: 'a', caption, credit: 'AFP' });
const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const echo = (value: unknown, more = '') => `/fixture/echo?body=${json(value)}${more}`;
const caption = (el: NewsPhoto) => el.shadowRoot!.querySelector('[part~="caption-text"]')?.textContent ?? null;
const ready = (el: NewsPhoto) =>
  waitUntil(() => el.state === 'ready' || el.state === 'error', 'settled', { timeout: 5000 });
const served = async (what: 'hits' | 'aborted', url: string) =>
  (await fetch(`/fixture/${what}?url=${encodeURIComponent(url.replace('/fixture/count', ''))}`)).json();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Runs `run` while the page claims to be still loading, as it does mid-stream. */
async function whileLoading(run: () => Promise<void>) {
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  try {
    await run();
  } finally {
    delete (document as { readyState?: unknown }).readyState;
  }
}
// An abort can only be seen by the server once the request has reached it (on a busy machine that takes a while).
const reachedServer = (url: string) =>
  waitUntil(async () => (await served('hits', url)) === 1, `${url} requested`, { timeout: 5000 });

describe('document sources', () => {
  it('renders from the data property', async () => {
    const el = await fixture<NewsPhoto>(html`<news-photo .data=${doc('from data')}></news-photo>`);
    expect(caption(el)).to.equal('from data');
  });

  it('renders from inline JSON', async () => {
    const el = await fixture<NewsPhoto>(
      html`<news-photo><script type="application/json">${JSON.stringify(doc('inline'))}</script></news-photo>`,
    );
    expect(caption(el)).to.equal('inline');
  });

  it('renders from src, fetched', async () => {
    const el = document.createElement('news-photo');
    el.src = echo(doc('fetched'), '&delay=300'); // slow enough that 'loading' is still the state after the first render
    const loaded = oneEvent(el, 'news-load');
    await fixture(html`<div>${el}</div>`);
    expect(el.state).to.equal('loading');
    await loaded;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(caption(el)).to.equal('fetched');
  });

  it('prefers data over inline JSON over src', async () => {
    const el = await fixture<NewsPhoto>(
      html`<news-photo src=${echo(doc('src'))}><script type="application/json">${JSON.stringify(doc('inline'))}</script></news-photo>`,
    );
    expect(caption(el)).to.equal('inline');
    el.data = doc('data');
    await el.updateComplete;
    expect(caption(el)).to.equal('data');
    el.data = undefined;
    await el.updateComplete;
    expect(caption(el)).to.equal('inline');
    el.querySelector('script')!.remove();
    await waitUntil(() => el.state === 'loading' || caption(el) === 'src', 'src used', { timeout: 5000 });
    await ready(el);
    expect(caption(el)).to.equal('src');
  });

  it('picks up inline JSON added after the element', async () => {
    const el = await fixture<NewsPhoto>(html`<news-photo></news-photo>`);
    expect(el.state).to.equal('empty');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(doc('late'));
    el.append(script);
    await waitUntil(() => caption(el) === 'late', 'late JSON used', { timeout: 5000 });
  });

  it('waits for inline JSON the parser is still reading, once per element, and not for a removed element', async () => {
    const events: string[] = [];
    const streamed = (id: string) => {
      const el = document.createElement('news-photo');
      el.id = id;
      for (const type of ['news-load', 'news-error']) el.addEventListener(type, () => events.push(`${id} ${type}`));
      const script = Object.assign(document.createElement('script'), {
        type: 'application/json',
        textContent: '{"src": "/demo/ima',
      });
      el.append(script);
      document.body.append(el);
      return { el, script };
    };
    const made: HTMLElement[] = [];
    try {
      await whileLoading(async () => {
        const kept = streamed('kept');
        made.push(kept.el);
        kept.script.textContent += 'ges/lead-400.jpg", "alt": "a", "caption": "in pieces"'; // another chunk, still cut
        await pause(200);
        const removed = streamed('removed');
        made.push(removed.el);
        await pause(200);
        expect([kept.el.state, removed.el.state, events]).to.deep.equal(['loading', 'loading', []]);
        removed.el.remove();
      });
      // The page is complete and the JSON never was.
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await waitUntil(() => events.length, 'the kept element is judged', { timeout: 5000 });
      await pause(200);
      expect(events).to.deep.equal(['kept news-error']);
      expect(made[0].getAttribute('state')).to.equal('error');
    } finally {
      for (const el of made) el.remove();
    }
  });

  it('judges broken inline JSON at once when something follows it, though the page is still loading', async () => {
    await whileLoading(async () => {
      const page = await fixture<HTMLElement>(
        html`<div><news-photo><script type="application/json">{"src": </script></news-photo><p>after</p></div>`,
      );
      await waitUntil(() => page.querySelector('news-photo')!.getAttribute('state') === 'error', 'error', {
        timeout: 5000,
      });
    });
  });

  it('resolves relative URLs in a fetched document against its URL, otherwise against the page', async () => {
    const fetched = await fixture<NewsPhoto>(html`<news-photo src="/demo/photos/lead.json"></news-photo>`);
    await ready(fetched);
    expect(fetched.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(
      new URL('/demo/images/lead-1600.jpg', location.href).href,
    );
    const inline = await fixture<NewsPhoto>(html`<news-photo .data=${doc('x', '../images/a.jpg')}></news-photo>`);
    expect(inline.shadowRoot!.querySelector('img')!.src).to.equal(new URL('../images/a.jpg', document.baseURI).href);
  });

  it('resolves data and inline JSON against the base attribute, again when it changes; a src document against its own URL', async () => {
    const img = (el: NewsPhoto) => el.shadowRoot!.querySelector('img')!.getAttribute('src');
    const fromData = await fixture<NewsPhoto>(
      html`<news-photo base="https://feed.example/news/" .data=${doc('x', '../images/a.jpg')}></news-photo>`,
    );
    expect(img(fromData)).to.equal('https://feed.example/images/a.jpg');
    fromData.base = 'https://other.example/';
    await waitUntil(() => img(fromData) === 'https://other.example/images/a.jpg', 'resolved again');
    const inline = await fixture<NewsPhoto>(
      html`<news-photo base="/feeds/x/"><script type="application/json">${JSON.stringify(doc('x', 'a.jpg'))}</script></news-photo>`,
    );
    await ready(inline);
    expect(img(inline)).to.equal(
      new URL('/feeds/x/a.jpg', location.href).href,
      'a relative base resolves against the page',
    );
    const fetched = await fixture<NewsPhoto>(
      html`<news-photo base="https://feed.example/" src="/demo/photos/lead.json"></news-photo>`,
    );
    await ready(fetched);
    expect(img(fetched)).to.equal(new URL('/demo/images/lead-1600.jpg', location.href).href);
  });

  it('puts an element whose base cannot be a URL in error', async () => {
    const el = document.createElement('news-photo') as NewsPhoto;
    el.setAttribute('base', 'http://[');
    el.data = doc('x');
    const failed = oneEvent(el, 'news-error');
    const warn = console.warn;
    console.warn = () => {};
    try {
      document.body.append(el);
      expect((await failed).detail.message).to.equal('base "http://[" is not a URL');
    } finally {
      console.warn = warn;
      el.remove();
    }
  });

  it('aborts the fetch in flight when src changes: the last src wins', async () => {
    const slow = `/fixture/count?delay=800&body=${json(doc('slow'))}&n=${Math.random()}`;
    const el = await fixture<NewsPhoto>(html`<news-photo src=${slow}></news-photo>`);
    await reachedServer(slow);
    const settled: string[] = [];
    el.addEventListener('news-load', () => settled.push(caption(el)!));
    for (let i = 0; i < 20; i++) el.src = echo(doc(`doc ${i}`), `&delay=${i % 2 ? 300 : 10}`);
    await oneEvent(el, 'news-load');
    await pause(1000);
    expect(caption(el)).to.equal('doc 19');
    expect(settled).to.deep.equal(['doc 19']);
    expect(await served('aborted', slow)).to.equal(1);
  });

  it('aborts its fetch when removed from the page', async () => {
    const url = `/fixture/count?delay=1000&body=${json(doc('removed'))}&n=${Math.random()}`;
    const el = document.createElement('news-photo');
    el.src = url;
    let finished = false;
    el.addEventListener('news-load', () => (finished = true));
    el.addEventListener('news-error', () => (finished = true));
    try {
      document.body.append(el);
      await reachedServer(url);
    } finally {
      el.remove();
    }
    await pause(1300);
    expect(finished).to.equal(false);
    expect(el.state).to.equal('loading');
    expect(await served('hits', url)).to.equal(1);
    expect(await served('aborted', url)).to.equal(1);
  });

  it('fetches a URL once for several elements on the page', async () => {
    const path = `/fixture/count?delay=200&body=${json(doc('shared'))}&n=${Math.random()}`;
    const els = await Promise.all([1, 2, 3].map(() => fixture<NewsPhoto>(html`<news-photo src=${path}></news-photo>`)));
    await Promise.all(els.map(ready));
    expect(els.map(caption)).to.deep.equal(['shared', 'shared', 'shared']);
    expect(await served('hits', path)).to.equal(1);
  });
});

describe('errors', () => {
  const cases: [string, string, RegExp][] = [
    ['HTTP 404', '/fixture/echo?status=404&type=text/plain&body=gone', /HTTP 404/],
    ['HTTP 500', '/fixture/echo?status=500&body=x', /HTTP 500/],
    [
      'an HTML page',
      `/fixture/echo?type=text/html&body=${encodeURIComponent('<!doctype html><p>Oops')}`,
      /returned HTML, not JSON/,
    ],
    ['invalid JSON', '/fixture/echo?body=%7Bnope', /is not valid JSON/],
    ['an empty body', '/fixture/echo?body=', /empty document/],
    ['a network failure', 'http://127.0.0.1:9/doc.json', /network error/],
    ['a document that is not an object', '/fixture/echo?body=%5B1%2C2%5D', /cannot be shown/],
  ];
  for (const [what, src, message] of cases) {
    it(`shows a short accessible message and fires news-error for ${what}`, async () => {
      const el = document.createElement('news-photo');
      el.src = src;
      const failed = oneEvent(el, 'news-error');
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.message).to.match(message);
        expect(el.getAttribute('state')).to.equal('error');
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.equal('This content could not be loaded.');
      } finally {
        el.remove();
      }
    });
  }

  it('names the bad path in news-error for an invalid document', async () => {
    const el = document.createElement('news-photo');
    el.data = { src: 42 };
    const failed = oneEvent(el, 'news-error');
    document.body.append(el);
    try {
      const { detail } = await failed;
      // The error first, then what else is wrong: every problem in one pass.
      expect(detail.issues).to.deep.equal([
        { path: 'src', message: 'must be a URL string, not the number 42' },
        { path: 'alt', message: 'missing alt text: add a short description of the image' },
      ]);
    } finally {
      el.remove();
    }
  });

  it('localises the message from the page language, and news-error bubbles out of shadow roots', async () => {
    // The element sits in another component's shadow root; the page listens on document.
    const outer = await fixture(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="de"></div>';
    const heard = oneEvent(document, 'news-error');
    const el = document.createElement('news-photo');
    el.data = {};
    root.firstElementChild!.append(el);
    expect((await heard).target).to.equal(outer); // retargeted to the outermost host
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
      'Dieser Inhalt konnte nicht geladen werden.',
    );
  });

  it('puts an element whose src cannot be a URL in error, with news-error, instead of throwing', async () => {
    const el = document.createElement('news-photo');
    const failed = oneEvent(el, 'news-error');
    el.setAttribute('src', 'http://[');
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect([el.state, detail.message]).to.deep.equal(['error', 'src "http://[" is not a URL']);
    } finally {
      el.remove();
    }
  });

  it('does not break the page for inline JSON that does not parse', async () => {
    const el = await fixture<NewsPhoto>(
      html`<news-photo><script type="application/json">{"src": </script></news-photo>`,
    );
    expect(el.state).to.equal('error');
  });
});

describe('events', () => {
  it('fires news-load after rendering, with the document and its warnings, bubbling and composed', async () => {
    const outer = await fixture(html`<div></div>`);
    const el = document.createElement('news-photo');
    el.data = { src: '/a.jpg', width: 3, height: 2, caption: 'c' };
    const heard = oneEvent(outer, 'news-load');
    outer.append(el);
    const event = await heard;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.data.src).to.equal(new URL('/a.jpg', location.href).href);
    expect(event.detail.warnings).to.deep.equal([
      { path: 'alt', message: 'missing alt text: add a short description of the image' },
    ]);
    expect(el.shadowRoot!.querySelector('img')).to.exist;
  });
});
