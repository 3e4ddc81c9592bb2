/** The copy-ready snippets for the document in the playground. */

export const TAGS = { article: 'news-article', photo: 'news-photo', related: 'news-related' };

/** Where a publisher loads the one-file build from (the same URL as the README). */
export const CDN_URL = 'https://unpkg.com/news-elements/cdn/news-elements.js';
/** The folder of the per-element entries and their chunks (docs/loading.md). */
export const CDN_DIR = 'https://unpkg.com/news-elements/cdn/';

/** What each element's file imports: the files to start with the document. */
const ENTRY_FILES = {
  photo: ['news-photo.js', 'chunks/lit.js'],
  related: ['news-related.js', 'chunks/lit.js'],
  article: ['news-article.js', 'chunks/lit.js'],
};

/**
 * The on-demand chunks this document will ask for (src/loader/on-demand.ts), by file name:
 * the adapters for a `format`, the HTML reader for `{"html"}` text, the video facade for
 * embeds, the JSON-LD writer. Other languages' words (translations.js) are left to the
 * element, and so is what a converted document needs. They are in the element file's own
 * folder (chunks/photo/, related/, article/) or, beside news-elements.js, chunks/standalone/.
 */
function chunksFor(kind, document, attributes) {
  const chunks = [];
  if (attributes.some(([name]) => name === 'format')) chunks.push('adapters.js');
  if (/"html":"/.test(JSON.stringify(document))) chunks.push('html-fragment.js');
  if (kind === 'article' && document.body?.some?.((block) => block?.type === 'embed')) chunks.push('video.js');
  if (kind === 'article' && attributes.some(([name]) => name === 'jsonld')) chunks.push('jsonld.js');
  return chunks;
}

/**
 * JSON that cannot end or confuse the `<script>` element it sits in: `</script`
 * becomes `<\/script` and `<!--` becomes `<\u0021--`, both still the same JSON.
 */
export function scriptSafeJson(value) {
  return JSON.stringify(value, null, 2)
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\u0021--');
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const indent = (text, spaces) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/** `attributes` is `[[name, value], …]`, only those the publisher set. */
export function cdnSnippet(kind, document, attributes = [], scriptUrl = CDN_URL) {
  const tag = TAGS[kind];
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  // The chunks this story needs start with the script, not a round trip after it.
  const folder = `${scriptUrl.replace(/[^/]*$/, '')}chunks/standalone/`;
  const preloads = chunksFor(kind, document, attributes)
    .map((chunk) => `<link rel="modulepreload" href="${escapeAttribute(folder + chunk)}">\n`)
    .join('');
  return `${preloads}<script type="module" src="${escapeAttribute(scriptUrl)}"></script>

<${tag}${attrs}>
  <script type="application/json">
    ${indent(scriptSafeJson(document), 4)}
  </script>
</${tag}>
`;
}

export function npmSnippet(kind, document, attributes = []) {
  const tag = TAGS[kind];
  const name = kind === 'related' ? 'links' : kind;
  return `// npm install news-elements
import 'news-elements/${tag}.js';

const ${name} = document.createElement('${tag}');
${attributes.map(([attr, value]) => `${name}.setAttribute(${JSON.stringify(attr)}, ${JSON.stringify(String(value))});\n`).join('')}${name}.data = ${JSON.stringify(document, null, 2)};
document.querySelector('main').append(${name});
`;
}

/**
 * The document on the publisher's server (`src`), started as early as possible:
 * preload lines in <head> fetch the document and every file the element needs in
 * parallel, instead of one after another; the element then uses that response.
 */
export function srcSnippet(kind, document, attributes = [], src = 'https://example.com/story.json', cdnDir = CDN_DIR) {
  const tag = TAGS[kind];
  const files = [
    ...ENTRY_FILES[kind],
    ...chunksFor(kind, document, attributes).map((chunk) => `chunks/${kind}/${chunk}`),
  ];
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const preloads = files
    .map((file) => `<link rel="modulepreload" href="${escapeAttribute(cdnDir + file)}">`)
    .join('\n');
  return `<!-- In <head>: the document and the element's files, all at once -->
<link rel="preload" href="${escapeAttribute(src)}" as="fetch" crossorigin>
${preloads}
<script type="module" src="${escapeAttribute(cdnDir + files[0])}"></script>

<${tag}${attrs} src="${escapeAttribute(src)}"></${tag}>
`;
}
