/** The copy-ready snippets for the document in the playground. */

export const TAGS = { article: 'news-article', photo: 'news-photo', related: 'news-related' };

/** Where a publisher loads the one-file build from (the same URL as the README). */
export const CDN_URL = 'https://unpkg.com/news-elements/cdn/news-elements.js';

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
  return `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>

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
