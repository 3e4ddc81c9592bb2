/**
 * Full sample documents (every field, every block type, every form of rich text)
 * and the walker that finds each of their string leaves, so a payload can be put
 * in every string and URL field in turn. The samples are small on purpose: the
 * `src` route carries each document in a URL.
 */
export type Kind = 'article' | 'photo' | 'related';

const photo = (caption: unknown) => ({
  src: '/demo/images/lead-400.jpg',
  alt: 'Alt text',
  width: 400,
  height: 267,
  srcset: [{ src: '/demo/images/lead-800.jpg', width: 800 }],
  caption,
  credit: 'Credit',
  creditUrl: 'https://example.com/credit',
  copyright: 'Copyright',
  license: 'https://example.com/license',
  title: 'SLUG',
  focalPoint: { x: 0.5, y: 0.5 },
});

const spans = ['Span ', { text: 'linked', href: 'https://example.com/s', strong: true, em: true }];
const fragment = {
  html: 'Some <b>bold</b>, <a href="https://example.com/h">a link</a> and <abbr title="Title">abbr</abbr>',
};

const link = {
  url: 'https://example.com/r',
  title: 'Link title',
  label: 'Label',
  description: 'Description',
  image: { src: '/demo/images/related-1.jpg', alt: 'Thumb', width: 640, height: 360, caption: spans, credit: 'Credit' },
  section: 'Section',
  datePublished: '2021-10-19T22:10:00Z',
  source: 'Source',
};

export const SAMPLES: Record<Kind, object[]> = {
  article: [
    {
      headline: 'Headline',
      url: 'https://example.com/story',
      lang: 'en',
      dir: 'ltr',
      section: 'Section',
      description: fragment,
      authors: [{ name: 'Author', url: '/authors/a' }],
      datePublished: '2021-10-20T15:30:00Z',
      dateModified: '2021-10-20T18:45:00Z',
      image: photo(spans),
      body: [
        { type: 'paragraph', text: 'Plain paragraph' },
        { type: 'paragraph', text: spans },
        { type: 'paragraph', text: fragment },
        { type: 'heading', text: 'Heading', level: 3 },
        { type: 'photo', ...photo(fragment) },
        { type: 'quote', text: { html: 'A <em>quote</em>' }, cite: 'Cite' },
        { type: 'list', ordered: true, items: ['Item', spans, fragment] },
        {
          type: 'embed',
          provider: 'youtube',
          id: 'dQw4w9WgXcQ',
          title: 'Video',
          caption: spans,
          start: 5,
          poster: { src: '/demo/images/video-poster.jpg', alt: 'Poster', width: 1280, height: 720 },
        },
        { type: 'link', title: 'Promo', url: 'https://example.com/p', label: 'Read also' },
        { type: 'related', title: 'In the body', links: [link] },
        { type: 'divider' },
      ],
      related: { title: 'Related', links: [link, { url: '/r2', title: 'Second' }] },
      tags: ['Tag'],
      publisher: { name: 'Publisher', url: 'https://example.com/', logo: '/demo/images/publisher-logo.png' },
    },
    // v2 text blocks and marks (issue 15): every new string field, attacked like the rest. A sample
    // of its own, so each document stays short enough for the `src` route's URL.
    {
      headline: 'Headline two',
      description: [{ text: 'Standfirst', note: 'Standfirst note' }],
      body: [
        { type: 'heading', text: [{ text: 'Rich heading', href: 'https://example.com/hh', code: true }], level: 6 },
        {
          type: 'quote',
          text: ['First paragraph', { html: 'Second <del>para</del><ins>graph</ins>' }],
          cite: 'Cite two',
          variant: 'pull',
        },
        {
          type: 'list',
          items: [
            'Outer',
            {
              text: 'Parent',
              ordered: true,
              items: [{ text: [{ text: 'Child', note: 'List note' }], items: ['Grandchild'] }],
            },
          ],
        },
        { type: 'code', text: 'const x = 1;\n  return x;', language: 'javascript' },
        {
          type: 'table',
          caption: [{ text: 'Caption', note: { html: 'Caption <a href="https://example.com/cn">note</a>' } }],
          head: [['Head A', 'Head B']],
          rows: [
            [
              'Row head',
              { html: '<kbd>K</kbd> <time datetime="2024-03-13">date</time> <strike>s</strike> <tt>t</tt>' },
            ],
          ],
          rowHeaders: true,
          align: ['start', 'end'],
        },
        {
          type: 'paragraph',
          text: [
            { text: 'Noted', note: [{ text: 'Note link', href: 'https://example.com/n' }] },
            { text: 'code', code: true },
          ],
        },
      ],
    },
  ],
  photo: [photo(spans), photo(fragment)],
  related: [{ title: 'Related', links: [link, { url: '/r2', title: 'Second', description: 'Two' }] }],
};

/**
 * The media and notes blocks and fields (issue 15) in an article of their own: attacked
 * by their own test file (inject-article-media.test.ts), so that neither file outgrows
 * the time a test file is given on a busy machine.
 */
export const MEDIA_SAMPLES: Record<'article', object[]> = {
  article: [
    {
      headline: 'Headline',
      label: 'Label',
      dateline: 'Dateline',
      authors: [{ name: 'Author', url: '/authors/a', jobTitle: 'Job title', organization: 'Organization' }],
      corrections: [{ text: spans, date: '2021-10-22' }],
      body: [
        {
          type: 'gallery',
          images: [
            photo('Gallery one'),
            { src: '/demo/images/related-2.jpg', alt: 'Two', caption: spans, credit: 'Credit' },
          ],
          caption: fragment,
        },
        { type: 'embed', provider: 'vimeo', id: '76979871', title: 'Vimeo', caption: 'Caption', start: 5 },
        { type: 'embed', provider: 'dailymotion', id: 'x8abc12', player: 'xa1b2', title: 'Dailymotion' },
        {
          type: 'video',
          src: '/demo/media/clip.webm',
          width: 640,
          height: 360,
          title: 'Video file',
          caption: spans,
          poster: { src: '/demo/images/related-1.jpg', alt: 'Poster' },
          tracks: [{ src: '/demo/media/clip.en.vtt', lang: 'en', label: 'English', kind: 'captions' }],
        },
        {
          type: 'audio',
          src: '/demo/media/tone.wav',
          title: 'Audio',
          duration: 125,
          transcript: '/transcript',
          caption: fragment,
        },
        {
          type: 'social',
          provider: 'mastodon',
          url: 'https://example.com/@a/1',
          text: spans,
          datePublished: '2021-10-20',
          author: { name: 'Author', handle: '@a@example.com', url: 'https://example.com/@a' },
          image: { src: '/demo/images/related-3.jpg', alt: 'Social image' },
        },
        {
          type: 'aside',
          title: 'Aside',
          body: [
            { type: 'paragraph', text: 'In the aside' },
            { type: 'note', kind: 'correction', text: spans },
          ],
        },
        { type: 'note', kind: 'editors-note', text: fragment, date: '2021-10-21' },
      ],
    },
  ],
};

export type Path = (string | number)[];

/** Every string leaf of a value, as paths. */
export function stringLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

/** Every object in a value (the places a polluting key can go), as paths. */
export function objectNodes(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectNodes(item, [...path, i]));
  if (value && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([k, v]) => objectNodes(v, [...path, k]))];
  }
  return [];
}

export const pathText = (path: Path) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .slice(1);

/** Stands in for a payload until the JSON text is written; plain ASCII, so it needs no escaping anywhere. */
const MARK = 'inject-here-';

/**
 * The JSON text of `sample` with the leaf at `path` replaced by `payload` (any JSON
 * value). Working on text keeps `__proto__` an own key, as a real feed's would be.
 */
export function injectAt(sample: object, path: Path, payloadJson: string): string {
  const copy = JSON.parse(JSON.stringify(sample));
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = MARK;
  return JSON.stringify(copy).replace(JSON.stringify(MARK), () => payloadJson);
}

/** The JSON text of `sample` with extra keys (`{…}` text) added to the object at `path`. */
export function addKeysAt(sample: object, path: Path, keysJson: string): string {
  const copy = JSON.parse(JSON.stringify(sample));
  let node = copy;
  for (const key of path) node = node[key];
  node[MARK] = 0;
  return JSON.stringify(copy).replace(`${JSON.stringify(MARK)}:0`, () => keysJson.slice(1, -1));
}

const URL_KEYS = new Set(['url', 'src', 'href', 'creditUrl', 'license', 'logo', 'transcript']);
/** Fields that ask the browser to fetch something: an image. */
const RESOURCE_KEYS = new Set(['src', 'logo']);

/** Whether a path names a URL field, and of which kind. */
export function urlKindOf(path: Path): 'link' | 'resource' | undefined {
  const key = String(path[path.length - 1]);
  if (!URL_KEYS.has(key)) return undefined;
  return RESOURCE_KEYS.has(key) ? 'resource' : 'link';
}

/** The values of a document's resource (image) URL fields: the only things it may make the browser fetch. */
export function resourceUrls(doc: unknown, path: Path = []): string[] {
  if (typeof doc === 'string') return urlKindOf(path) === 'resource' ? [doc] : [];
  if (path.length > 12) return []; // deeper than any field of the contract
  if (Array.isArray(doc)) return doc.flatMap((item, i) => resourceUrls(item, [...path, i]));
  if (doc && typeof doc === 'object') return Object.entries(doc).flatMap(([k, v]) => resourceUrls(v, [...path, k]));
  return [];
}

// ---------------------------------------------------------------- packing many injections into few documents

/**
 * The structure of a normalised document: its objects and lists, not its text.
 * Rich text counts as text (a payload in it cannot remove anything else), and
 * so do leaves left out (a refused URL, a bad optional value).
 */
function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) {
    const rich = value.every(
      (n) => typeof n === 'string' || (n && typeof n === 'object' && 'tag' in n && 'children' in n),
    );
    return rich ? 0 : value.map(skeleton);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v && typeof v === 'object')
        .map(([k, v]) => [k, skeleton(v)]),
    );
  }
  return 0;
}

/**
 * What an injection can take down with it if the model refuses it: up to the
 * nearest list item (lists drop bad items one by one), else the whole document.
 */
function unitOf(path: Path): string {
  let last = -1;
  path.forEach((p, i) => typeof p === 'number' && (last = i));
  return last < 0 ? '' : pathText(path.slice(0, last + 1));
}
const overlaps = (a: string, b: string) =>
  a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);

/** One payload in one field. */
export interface Pair {
  payload: number;
  field: number;
}
/** A document carrying several pairs, none of which can hide another. */
export interface Packed {
  json: string;
  pairs: Pair[];
}

/** The JSON text of `sample` with each pair's payload (JSON text) in its field. */
function injectMany(sample: object, fields: Path[], pairs: Pair[], payloads: string[]): string {
  const copy = JSON.parse(JSON.stringify(sample));
  for (const { payload, field } of pairs) {
    const path = fields[field];
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key];
    node[path[path.length - 1]] = `${MARK}${payload}`;
  }
  return JSON.stringify(copy).replace(new RegExp(`"${MARK}(\\d+)"`, 'g'), (_, i) => payloads[Number(i)]);
}

/**
 * Every payload in every string field of `sample`, packed into as few documents
 * as honesty allows, with the model as the judge:
 * - a pair that leaves the document's structure alone (the text is shown, or
 *   the leaf is left out) goes into Latin-square documents: document k carries
 *   payload (k + i) mod P in field i, so every pair occurs exactly once;
 * - a pair that takes something down (a block, a link, the document) goes into a
 *   document whose other pairs sit in other list items, or alone.
 * Related links with the same URL are one link on screen: such pairs go alone.
 */
export function pack(
  kind: Kind,
  sample: object,
  payloads: string[],
  normaliseFn: (kind: Kind, raw: unknown, base?: string) => { ok: boolean; document?: unknown },
  base: string,
): { fields: Path[]; documents: Packed[] } {
  const fields = stringLeaves(sample);
  const baseline = JSON.stringify(skeleton(normaliseFn(kind, sample, base).document));
  const keeps = payloads.map((p) =>
    fields.map((path) => {
      const result = normaliseFn(kind, JSON.parse(injectAt(sample, path, p)), base);
      return result.ok && JSON.stringify(skeleton(result.document)) === baseline;
    }),
  );
  const linkUrl = (path: Path) =>
    path.length >= 3 && path[path.length - 1] === 'url' && path[path.length - 3] === 'links';
  const resolved = (p: number) => {
    const v = JSON.parse(payloads[p]);
    try {
      return typeof v === 'string' ? new URL(v.trim(), base).href : undefined;
    } catch {
      return undefined;
    }
  };
  const documents: Packed[] = [];
  const rest: Pair[] = [];
  for (let k = 0; k < payloads.length; k++) {
    const pairs: Pair[] = [];
    const urls = new Map<string, Set<string | undefined>>();
    fields.forEach((path, field) => {
      const payload = (k + field) % payloads.length;
      if (!keeps[payload][field]) return rest.push({ payload, field });
      if (linkUrl(path)) {
        const list = pathText(path.slice(0, -2));
        const seen = urls.get(list) ?? urls.set(list, new Set()).get(list)!;
        const url = resolved(payload);
        if (url !== undefined && seen.has(url))
          return documents.push({ json: injectAt(sample, path, payloads[payload]), pairs: [{ payload, field }] });
        seen.add(url);
      }
      pairs.push({ payload, field });
    });
    documents.push({ json: injectMany(sample, fields, pairs, payloads), pairs });
  }
  const open: { pairs: Pair[]; units: string[] }[] = [];
  for (const pair of rest) {
    const unit = unitOf(fields[pair.field]);
    const home = unit && open.find((d) => d.units.every((u) => !overlaps(u, unit)));
    if (home) {
      home.pairs.push(pair);
      home.units.push(unit);
    } else if (unit) open.push({ pairs: [pair], units: [unit] });
    else documents.push({ json: injectMany(sample, fields, [pair], payloads), pairs: [pair] });
  }
  for (const d of open) documents.push({ json: injectMany(sample, fields, d.pairs, payloads), pairs: d.pairs });
  return { fields, documents };
}
