// Two builds from one source:
// - dist/: the npm build, one file per module, `lit` left to the
//   consumer's bundler, with .d.ts and maps;
// - cdn/news-elements.js: one self-contained, minified file for a <script type="module">.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import litTransformers from '@lit/ts-transformers';
import { minifyLiterals } from './scripts/minify-literals.mjs';

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

export default [
  {
    input: entries,
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // The same template text in both builds: server rendering (dist/) and hydration (cdn/) compare it.
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: true, transformers }), minifyLiterals()],
  },
  {
    input: 'src/index.ts',
    output: { file: 'cdn/news-elements.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'cdn', declaration: false, declarationMap: false, transformers }),
      minifyLiterals(),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
];
