// Every bundle, from one source and one set of settings (`npm run build`):
// - dist/: the npm build, one file per module, `lit` left to the consumer's
//   bundler, with .d.ts and maps (`news-elements/hydrate.js` included);
// - cdn/news-elements.js: one self-contained, minified file for a <script type="module">;
// - cdn/news-elements-hydrate.js: the same plus Lit's hydration support, for
//   server-rendered pages.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import litTransformers from '@lit/ts-transformers';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';

const entries = {
  index: 'src/index.ts',
  'news-photo/news-photo': 'src/news-photo/news-photo.ts',
  'news-article/news-article': 'src/news-article/news-article.ts',
  'news-related/news-related': 'src/news-related/news-related.ts',
  'ssr/index': 'src/ssr/index.ts',
  'ssr/hydrate': 'src/ssr/hydrate.ts',
  'model/schema': 'src/model/schema.ts',
};

const { idiomaticDecoratorsTransformer } = litTransformers;

// Decorators stay in the source (Lit's idiom) but compile to `static properties`
// and plain class fields: no decorator helper or metadata code ships.
const transformers = {
  before: [{ type: 'program', factory: (program) => idiomaticDecoratorsTransformer(program) }],
};

const external = (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id) || id.startsWith('node:');

/** The CDN files: Lit and everything else bundled, minified. */
const cdn = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve(),
    typescript({ tsconfig: './tsconfig.json', outDir: 'cdn', declaration: false, declarationMap: false, transformers }),
    minifyLiterals(),
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
});

export default [
  {
    input: entries,
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // The same template text in both builds: server rendering (dist/) and hydration (cdn/) compare it.
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: true, transformers }), minifyLiterals()],
  },
  cdn('src/index.ts', 'cdn/news-elements.js'),
  // Hydration support must load before LitElement is defined: src/ssr/hydrate.ts imports it first.
  cdn('src/ssr/hydrate.ts', 'cdn/news-elements-hydrate.js'),
];
