// Builds the client entry for server-rendered pages (src/ssr/hydrate.ts), after
// rollup.config.mjs has built dist/ (a separate step, so the shared config stays as it is):
//  - dist/ssr/hydrate.js: `news-elements/hydrate.js` for bundlers (Lit and the rest external;
//    its .d.ts comes with the main build);
//  - cdn/news-elements-hydrate.js: the CDN file plus Lit's hydration support, in one file,
//    bundled from dist/ with the CDN build's resolve and minify settings.
import { rollup } from 'rollup';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const [npm, cdn] = (await import('../rollup.config.mjs')).default;

async function build(config, output) {
  const bundle = await rollup(config);
  await bundle.write(output);
  await bundle.close();
}

// The entry holds only imports and exports: no TypeScript to compile.
await build(
  {
    input: 'src/ssr/hydrate.ts',
    external: (id, ...rest) => id === '../index.js' || npm.external(id, ...rest),
    makeAbsoluteExternalsRelative: false, // keep '../index.js' as written
  },
  { ...npm.output, dir: undefined, preserveModules: false, file: 'dist/ssr/hydrate.js' },
);
await build(
  { input: 'dist/ssr/hydrate.js', plugins: cdn.plugins.filter((plugin) => plugin.name !== 'typescript') },
  { ...cdn.output, file: 'cdn/news-elements-hydrate.js' },
);
