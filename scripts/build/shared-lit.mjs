// The one copy of Lit that the element files (cdn/news-photo.js, news-related.js,
// news-article.js) share: cdn/chunks/lit.js exports what they import of Lit, and
// each element's build imports it from there instead of bundling its own.
import { dirname, posix } from 'node:path';
import MagicString from 'magic-string';

/**
 * What our code imports of Lit, by module, and the name each has in lit.js (the two
 * `html`s differ). An import missing here fails the build ("… is not exported by").
 */
const LIT_IMPORTS = {
  lit: ['LitElement', 'html', 'css', 'nothing', 'noChange', 'isServer', 'adoptStyles'],
  'lit/directive.js': ['Directive', 'directive'],
  'lit/directives/if-defined.js': ['ifDefined'],
  'lit/static-html.js': [['html', 'staticHtml'], 'unsafeStatic'],
  // Decorators compile to static properties (see rollup.config.mjs): nothing is imported.
  'lit/decorators.js': [],
};
const LIT_MODULE = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const list = (names, flip) =>
  names.map((n) => (typeof n === 'string' ? n : flip ? `${n[1]} as ${n[0]}` : `${n[0]} as ${n[1]}`)).join(', ');

/** The input of the lit.js build: re-exports every name of LIT_IMPORTS. */
export const LIT_CHUNK = '\0news-elements:lit.js';
/** Where the element builds import it from until each chunk's relative path is written. */
const EXTERNAL = 'news-elements:lit';
const FILE = 'chunks/lit.js';

/** For the lit.js build: its entry. */
export const litChunk = () => ({
  name: 'lit-chunk',
  resolveId: (id) => (id === LIT_CHUNK ? id : null),
  load: (id) =>
    id === LIT_CHUNK
      ? Object.entries(LIT_IMPORTS)
          .filter(([, names]) => names.length)
          .map(([module, names]) => `export { ${list(names)} } from '${module}';`)
          .join('\n')
      : null,
});

/** For an element's build: Lit's modules become lit.js, imported by a path relative to each chunk. */
export const sharedLit = () => ({
  name: 'shared-lit',
  resolveId(id) {
    if (id === EXTERNAL) return { id, external: true };
    if (id in LIT_IMPORTS) return `\0shared-lit:${id}`;
    if (LIT_MODULE.test(id))
      this.error(`${id}: add what is imported of it to LIT_IMPORTS in scripts/build/shared-lit.mjs`);
    return null;
  },
  load(id) {
    if (!id.startsWith('\0shared-lit:')) return null;
    const names = LIT_IMPORTS[id.slice('\0shared-lit:'.length)];
    return names.length ? `export { ${list(names, true)} } from '${EXTERNAL}';` : 'export {};';
  },
  renderChunk(code, chunk, options) {
    const path = posix.relative(dirname(chunk.fileName), FILE);
    const text = new MagicString(code);
    for (const match of code.matchAll(new RegExp(`(['"])${EXTERNAL}\\1`, 'g')))
      text.overwrite(match.index, match.index + match[0].length, `'${path.startsWith('.') ? path : `./${path}`}'`);
    return text.hasChanged()
      ? { code: text.toString(), map: options.sourcemap ? text.generateMap({ hires: true }) : null }
      : null;
  },
});
