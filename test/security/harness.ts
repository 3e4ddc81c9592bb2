/**
 * What the attack tests look for, in a real browser: code that ran (traps on
 * `window`), markup outside the allowlist in the shadow DOM, URLs outside the
 * policy, requests nobody named, changes to the page outside the element,
 * new globals and a polluted `Object.prototype`.
 */
import { normalise } from '../../src/model/normalise.js';
import { safeUrl } from '../../src/model/url-policy.js';
import { srcsetUrls } from './srcset.js';
import type { Kind } from './documents.js';
import { resourceUrls } from './documents.js';
// The complete model: every on-demand feature (the HTML reader, the translations…) loaded.
import '../../src/loader/every-feature.js';

export type Route = 'data' | 'inline' | 'src';
export const ROUTES: Route[] = ['data', 'inline', 'src'];
export const TAGS: Record<Kind, string> = { article: 'news-article', photo: 'news-photo', related: 'news-related' };

// ---------------------------------------------------------------- traps

/** Everything a payload managed to run. */
export const ran: string[] = [];

export function installTraps(): void {
  const w = window as unknown as Record<string, unknown>;
  if (Object.getOwnPropertyDescriptor(window, '__pwned')) return;
  Object.defineProperty(window, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: (v) => ran.push(`__pwned = ${v}`),
  });
  for (const name of ['alert', 'confirm', 'prompt', 'print'])
    w[name] = (...args: unknown[]) => ran.push(`${name}(${args.join(', ')})`);
  document.addEventListener('securitypolicyviolation', (e) =>
    ran.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
}

// ---------------------------------------------------------------- the allowlist

/** Elements the renderers emit (photo, related, article, blocks, video facade and player, rich text). */
export const ELEMENTS = new Set(
  (
    'article header footer section aside nav div p span h1 h2 h3 h4 h5 h6 figure figcaption img a ul ol li ' +
    'blockquote cite q time hr form input button svg path rect iframe slot ' +
    'b strong i em u s sub sup br code mark small abbr bdi ' +
    // v2 blocks and marks (issue 15).
    'pre table caption thead tbody tr th td del ins kbd dfn var samp video audio track'
  ).split(' '),
);

/** Attributes any element may carry. */
const GLOBAL = new Set(
  'part class lang dir title role hidden slot tabindex style data-kind data-title id inert translate'.split(' '),
);
/** Attributes particular elements may carry. */
const OWN: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    a: 'href rel',
    img: 'src srcset sizes alt width height loading decoding fetchpriority',
    time: 'datetime',
    form: 'action target rel',
    input: 'type name value',
    button: 'type disabled',
    iframe: 'src allow allowfullscreen referrerpolicy loading width height',
    svg: 'viewbox aria-hidden focusable xmlns width height fill',
    path: 'd fill',
    rect: 'x y width height rx ry fill',
    ol: 'start reversed',
    li: 'value',
    slot: 'name',
    th: 'scope',
    video: 'src controls preload playsinline poster width height',
    audio: 'src controls preload',
    track: 'src srclang label kind',
  }).map(([tag, names]) => [tag, new Set(names.split(' '))]),
);
/** Attributes whose value is free text (any document string may appear, as text). */
const TEXT = new Set(['alt', 'title', 'aria-label', 'data-title', 'label']);
/** Our own vocabulary: never a document string, so never anything but plain tokens. */
const TOKENS = /^[\w\s.,:;%/()#+-]*$/;
const LANG = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i;
const CUSTOM_PROPERTY = /^--_[a-z-]+:\s*[\w\s.%/+-]*$/;
const PLAYER = new RegExp(
  [
    /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1(&start=\d+)?$/,
    /^https:\/\/player\.vimeo\.com\/video\/\d{1,12}\?dnt=1&autoplay=1(#t=\d+s)?$/,
    /^https:\/\/geo\.dailymotion\.com\/player(\/[\dA-Za-z]{4,24})?\.html\?video=[xk][\dA-Za-z]{4,24}(&startTime=\d+)?$/,
  ]
    .map((re) => re.source)
    .join('|'),
);
const VIDEO_PAGE =
  /^https:\/\/(www\.youtube\.com\/watch|vimeo\.com\/\d{1,12}|www\.dailymotion\.com\/video\/[xk][\dA-Za-z]{4,24})$/;

/** The scheme the browser itself reads in a URL: checked independently of our own URL policy. */
const schemeOf = (url: string) => new URL(url, document.baseURI).protocol;
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/**
 * Problems in what an element rendered: every element and attribute on the
 * allowlist, every URL through the policy, every image one the document named.
 */
export function auditShadow(root: ShadowRoot, named: Set<string>): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    const where = `<${tag}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;
    if (!ELEMENTS.has(tag)) problems.push(`element ${where} is not on the allowlist`);
    if (el.shadowRoot) problems.push(...auditShadow(el.shadowRoot, named));
    for (const { name: raw, value } of el.attributes) {
      const name = raw.toLowerCase(); // SVG keeps the case of viewBox
      const bad = (why: string) => problems.push(`${where} ${name}=${JSON.stringify(value.slice(0, 80))}: ${why}`);
      if (name.startsWith('on')) bad('event handler attribute');
      else if (!GLOBAL.has(name) && !OWN[tag]?.has(name) && !name.startsWith('aria-'))
        bad('attribute not on the allowlist');
      else if (name === 'style') {
        const declarations = value
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean);
        if (!declarations.every((d) => CUSTOM_PROPERTY.test(d))) bad('style other than our own custom properties');
      } else if (name === 'lang' || name === 'srclang') {
        if (!LANG.test(value)) bad('not a language tag');
      } else if (name === 'href') {
        if (!LINK_SCHEMES.has(schemeOf(value))) bad('href outside the URL policy');
      } else if (name === 'action') {
        // The facade's form, for readers without script: only ever the provider's page for a video.
        if (!VIDEO_PAGE.test(value)) bad('form to anywhere but a video page at its provider');
      } else if (tag === 'input') {
        const field = `${el.getAttribute('type')} ${el.getAttribute('name')} ${el.getAttribute('value')}`;
        if (!/^hidden (v [\w-]{11}|t \d{1,5})$/.test(field))
          bad(`form field other than the video id and start (${field.slice(0, 80)})`);
      } else if (name === 'src' && tag === 'iframe') {
        if (!PLAYER.test(value)) bad("frame other than a provider's player");
      } else if (name === 'src' || name === 'srcset' || name === 'poster') {
        const urls = name === 'src' ? [value] : srcsetUrls(value);
        for (const url of urls) {
          if (!IMAGE_SCHEMES.has(schemeOf(url))) bad(`image URL ${url.slice(0, 80)} outside the URL policy`);
          else if (!named.has(new URL(url, document.baseURI).href))
            bad(`image ${url.slice(0, 80)} that no image field named`);
        }
      } else if (!TEXT.has(name) && !name.startsWith('aria-') && !TOKENS.test(value))
        bad('document text in a structural attribute');
    }
  }
  return problems;
}

/** The image URLs a document names in its image fields, resolved as the element resolves them. */
export function namedImages(doc: unknown, base: string): Set<string> {
  const out = new Set<string>();
  for (const raw of resourceUrls(doc)) {
    const url = safeUrl(raw, 'resource', base);
    if (url) out.add(url);
  }
  return out;
}

/** Problems in the element's light DOM: only what the page put there, plus our JSON-LD. */
export function auditLight(el: Element, original: string[]): string[] {
  const problems: string[] = [];
  const children = [...el.children];
  const ours = children.filter((c) => c.localName === 'script' && c.getAttribute('type') === 'application/ld+json');
  for (const script of ours) {
    try {
      JSON.parse(script.textContent!);
    } catch {
      problems.push('JSON-LD that is not JSON');
    }
    if (/[<>]/.test(script.textContent!)) problems.push('JSON-LD with an unescaped < or >');
  }
  const rest = children.filter((c) => !ours.includes(c)).map((c) => c.outerHTML);
  if (rest.join('') !== original.join('')) problems.push(`light DOM changed: ${rest.join('').slice(0, 120)}`);
  return problems;
}

// ---------------------------------------------------------------- the page around

/** What a payload must not change: the page's DOM outside the elements, its styles, base, title, cookies. */
export function pageState(container: Element): string {
  const outside = [...document.body.children].filter((c) => c !== container).map((c) => c.outerHTML);
  return JSON.stringify([
    document.documentElement.outerHTML.length - document.body.outerHTML.length,
    document.head.innerHTML,
    outside,
    document.title,
    document.baseURI,
    location.href,
    document.cookie,
    document.styleSheets.length,
    document.adoptedStyleSheets.length,
    [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
  ]);
}

const names = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
const prototypes = () =>
  JSON.stringify([
    names(Object.prototype),
    names(Array.prototype),
    names(Function.prototype),
    names(String.prototype),
    ({} as Record<string, unknown>).polluted,
    ([] as unknown as Record<string, unknown>).polluted,
  ]);
/** Taken when this module is evaluated, before any document is read (the packing below reads thousands). */
const PRISTINE = prototypes();

/** Whether the prototypes a payload might pollute are as they were before any document was read. */
export const prototypesIntact = () => prototypes() === PRISTINE;

/** The page's globals. */
export const globalState = () => names(window);

// ---------------------------------------------------------------- requests

/** Every URL a document legitimately named in this run (an image field, the `src` itself). */
export const legitRequests = new Set<string>();

/** Every URL the page asked for since `startWatching()`. */
const requested: string[] = [];
let observer: PerformanceObserver | undefined;
export function startWatching(): void {
  observer ??= new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name)));
  observer.observe({ type: 'resource', buffered: false });
}
/** The requests seen since the last call. */
export function takeRequests(): string[] {
  observer?.takeRecords().forEach((e) => requested.push(e.name));
  return requested.splice(0);
}

// ---------------------------------------------------------------- mounting

export interface Mounted {
  el: HTMLElement;
  json: string;
  /** The document the element reads (undefined when the JSON does not parse). */
  doc: unknown;
  /** The state the model says this document ends in. */
  expected: 'ready' | 'error';
  /** The base its relative URLs resolve against. */
  base: string;
  /** The light-DOM children the page gave it. */
  original: string[];
}

/** A document carried by the test server (`/fixture/echo`), absolute, as `src` is resolved. */
export const srcUrl = (json: string) => new URL(`/fixture/echo?body=${encodeURIComponent(json)}`, location.href).href;

export function mount(
  kind: Kind,
  route: Route,
  json: string,
  container: Element,
  attributes: Record<string, string> = {},
): Mounted {
  const tag = TAGS[kind];
  let el: HTMLElement;
  let base = document.baseURI;
  if (route === 'inline') {
    // As a careful publisher embeds it: `<` escaped, so no string can close the script.
    const attrs = Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    container.insertAdjacentHTML(
      'beforeend',
      `<${tag}${attrs}><script type="application/json">${json.replace(/</g, '\\u003c')}</script></${tag}>`,
    );
    el = container.lastElementChild as HTMLElement;
  } else {
    el = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    if (route === 'data') (el as HTMLElement & { data: unknown }).data = JSON.parse(json);
    else el.setAttribute('src', (base = srcUrl(json)));
    container.append(el);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    doc = undefined;
  }
  const expected = normalise(kind, doc, base).ok ? 'ready' : 'error';
  return { el, json, doc, expected, base, original: [...el.children].map((c) => c.outerHTML) };
}

/**
 * Resolves once `count` elements have announced `news-load` or `news-error`; rejects after `timeout` ms,
 * naming the silent ones: a bound for an element that never settles, far above what a busy machine takes.
 */
export function settled(container: Element, count: number, timeout = 120000): Promise<void> {
  return new Promise((resolve, reject) => {
    const seen = new Set<EventTarget>();
    const stop = () => {
      clearTimeout(timer);
      container.removeEventListener('news-load', done);
      container.removeEventListener('news-error', done);
    };
    const done = (e: Event) => {
      seen.add(e.target!);
      if (seen.size < count) return;
      stop();
      resolve();
    };
    const timer = setTimeout(() => {
      stop();
      const silent = [...container.children].filter((el) => !seen.has(el));
      reject(
        new Error(
          `${silent.length} of ${count} elements never settled: ${silent.map((el) => `${el.getAttribute('state')} ${el.outerHTML.slice(0, 200)}`).join('; ')}`,
        ),
      );
    }, timeout);
    container.addEventListener('news-load', done);
    container.addEventListener('news-error', done);
  });
}

/** Starts every video a reader could start, so the player's markup is audited too. */
export async function playVideos(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<boolean> {
  const buttons = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[part~="play"]') ?? [])];
  buttons.forEach((b) => b.click());
  if (buttons.length) await el.updateComplete;
  return buttons.length > 0;
}

/** Silences the library's (expected, numerous) warnings while `run` runs; returns how many there were. */
export async function quietly(run: () => Promise<void>): Promise<number> {
  const { warn, error } = console;
  let count = 0;
  console.warn = () => count++;
  console.error = (...args: unknown[]) => ran.push(`console.error: ${args.join(' ').slice(0, 200)}`);
  try {
    await run();
  } finally {
    Object.assign(console, { warn, error });
  }
  return count;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
