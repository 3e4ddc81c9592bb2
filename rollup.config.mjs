// Every bundle, from one source and one set of settings (`npm run build`):
// - dist/: the npm build, one file per module, `lit` left to the consumer's
//   bundler, with .d.ts and maps (`news-elements/hydrate.js` included);
// - cdn/news-elements.js: one minified file for a <script type="module"> with all three
//   elements; the code only some documents need loads from cdn/chunks/standalone/;
// - cdn/news-elements-hydrate.js: the same plus Lit's hydration support and every
//   on-demand feature, for server-rendered pages;
// - cdn/news-photo.js, news-related.js, news-article.js: one file per element, for a page
//   that shows one kind; they share only Lit (cdn/chunks/lit.js), and each has its
//   on-demand code in cdn/chunks/photo/, related/ or article/;
// - cdn/chunks/adapters-standalone.js: the adapters of the `format` attribute for the
//   hydrating file, which loads it only when an element has a `format`.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import litTransformers from '@lit/ts-transformers';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';
import { litChunk, sharedLit, LIT_CHUNK } from './scripts/build/shared-lit.mjs';

const entries = {
  index: 'src/index.ts',
  'news-photo/news-photo': 'src/news-photo/news-photo.ts',
  'news-article/news-article': 'src/news-article/news-article.ts',
  'news-related/news-related': 'src/news-related/news-related.ts',
  'ssr/index': 'src/ssr/index.ts',
  'ssr/hydrate': 'src/ssr/hydrate.ts',
  'model/schema': 'src/model/schema.ts',
  parse: 'src/parse.ts',
  // Not in the CDN file: pages and tools that convert load these on their own.
  'adapters/index': 'src/adapters/index.ts',
  'cli/index': 'src/cli/index.ts',
};

const { idiomaticDecoratorsTransformer } = litTransformers;

// Decorators stay in the source (Lit's idiom) but compile to `static properties`
// and plain class fields: no decorator helper or metadata code ships.
const transformers = {
  before: [{ type: 'program', factory: (program) => idiomaticDecoratorsTransformer(program) }],
};

const external = (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id) || id.startsWith('node:');

/** The CDN builds: Lit and everything else bundled, minified. */
const cdnPlugins = () => [
  nodeResolve(),
  typescript({ tsconfig: './tsconfig.json', outDir: 'cdn', declaration: false, declarationMap: false, transformers }),
  minifyLiterals(),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];
/** The on-demand module of the `format` attribute (src/loader/on-demand.ts): the adapters. */
const ADAPTERS = 'src/adapters/convert.ts';
/** Where the one-file builds find it, beside them: one self-contained file of its own. */
const STANDALONE_ADAPTERS = 'cdn/chunks/adapters-standalone.js';

/**
 * Leaves the adapters out of a one-file build: inlined, they would more than add a
 * fifth to every page, for the few elements with a `format`. Their `import()` stays,
 * pointing at STANDALONE_ADAPTERS.
 */
const adaptersApart = () => ({
  name: 'adapters-apart',
  async resolveDynamicImport(specifier, importer) {
    const resolved = await this.resolve(specifier, importer);
    return resolved?.id.endsWith(ADAPTERS) ? { id: ADAPTERS, external: true } : null;
  },
});

/** One self-contained file: on-demand code is inlined, so one script tag needs no other file (the adapters apart): the hydrating build, which loads every feature anyway. */
const cdnFile = (input, file) => ({
  input,
  output: {
    file,
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
    paths: { [ADAPTERS]: `./${STANDALONE_ADAPTERS.slice('cdn/'.length)}` },
  },
  plugins: [adaptersApart(), ...cdnPlugins()],
});

/** An on-demand chunk's file, named after its module (the adapters' entry is `convert.ts`). */
const chunkFile =
  (folder) =>
  ({ name }) =>
    `chunks/${folder}/${name === 'convert' ? 'adapters' : name}.js`;

/**
 * One element's file, for a page that shows only that kind: everything but Lit in one
 * file (one request, compressed as a whole, unused code shaken out), its on-demand
 * code in `cdn/chunks/<folder>/`. A page with two kinds uses cdn/news-elements.js,
 * which has the shared code once.
 */
const elementFile = (name, folder) => ({
  input: { [name]: `src/${name}/${name}.ts` },
  // Its on-demand chunks import what they share from the file itself.
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'cdn', format: 'es', sourcemap: true, chunkFileNames: chunkFile(folder) },
  plugins: [sharedLit(), ...cdnPlugins()],
});

export default [
  {
    input: entries,
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // The same template text in both builds: server rendering (dist/) and hydration (cdn/) compare it.
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist',
        declaration: true,
        declarationMap: true,
        transformers,
      }),
      minifyLiterals(),
    ],
  },
  // The one-tag drop-in: everything a page needs before it shows a story is in this one
  // file; the code only some documents need (the on-demand features) is split into
  // chunks/standalone/, loaded from beside it when a document needs them.
  {
    input: { 'news-elements': 'src/index.ts' },
    // The chunks import what they share from the file itself (it gains exports), not from a
    // third file both would need first.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'cdn', format: 'es', sourcemap: true, chunkFileNames: chunkFile('standalone') },
    plugins: cdnPlugins(),
  },
  // Hydration support must load before LitElement is defined: src/ssr/hydrate.ts imports it first.
  cdnFile('src/ssr/hydrate.ts', 'cdn/news-elements-hydrate.js'),
  // What the hydrating file loads for `format`, with its own copy of the model's HTML reader.
  cdnFile(ADAPTERS, STANDALONE_ADAPTERS),
  // Lit, once for every element file on a page: what they import of it, under fixed names.
  {
    input: LIT_CHUNK,
    output: { file: 'cdn/chunks/lit.js', format: 'es', sourcemap: true },
    plugins: [litChunk(), ...cdnPlugins()],
  },
  elementFile('news-photo', 'photo'),
  elementFile('news-related', 'related'),
  elementFile('news-article', 'article'),
];
