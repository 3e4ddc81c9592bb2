// Builds the CDN client for server-rendered pages, after rollup.config.mjs has built
// dist/ssr/hydrate.js (`news-elements/hydrate.js` for bundlers):
//  - cdn/news-elements-hydrate.js: the CDN file plus Lit's hydration support, in one file,
//    bundled from dist/ with the CDN build's resolve and minify settings.
import { rollup } from 'rollup';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const [, cdn] = (await import('../rollup.config.mjs')).default;

async function build(config, output) {
  const bundle = await rollup(config);
  await bundle.write(output);
  await bundle.close();
}

await build(
  { input: 'dist/ssr/hydrate.js', plugins: cdn.plugins.filter((plugin) => plugin.name !== 'typescript') },
  // One file: the elements, imported once the hydration support is in, are inlined after it.
  { ...cdn.output, file: 'cdn/news-elements-hydrate.js', inlineDynamicImports: true },
);
