// `node scripts/dev/block-cost.mjs` (after `npm run build`): what each rare text block costs
// every page today. Bundles dist/index.js as the CDN file does (Lit inlined, minified),
// then again with one block's renderer and styles stubbed out; the difference is the
// block's share, compressed in context (compression is not additive, so a module
// compressed alone would mislead).
import { build } from 'esbuild';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { table } from './table.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) =>
  brotliCompressSync(b, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  }).length;
async function bundle(stubs = {}) {
  const r = await build({
    absWorkingDir: ROOT,
    entryPoints: ['dist/index.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [
      {
        name: 'stub',
        setup(b) {
          b.onLoad({ filter: /dist\/.*\.js$/ }, (args) => {
            for (const [suffix, contents] of Object.entries(stubs))
              if (args.path.endsWith(suffix)) return { contents, loader: 'js' };
            return undefined;
          });
        },
      },
    ],
  });
  const bytes = Buffer.from(r.outputFiles[0].contents);
  return { min: bytes.length, gzip: gz(bytes), brotli: br(bytes) };
}
const full = await bundle();
const cssStub = (name) => `import {css} from 'lit'; export const ${name} = css\`\`;`;
const cases = {
  'code block (code.ts + code.styles.ts)': {
    'render/code.js': 'export const renderCode = () => null;',
    'render/code.styles.js': cssStub('codeStyles'),
  },
  'table block (table.ts + table.styles.ts)': {
    'render/table.js': 'export const renderTable = () => null;',
    'render/table.styles.js': cssStub('tableStyles'),
  },
  'footnotes list (footnotes.ts + footnotes.styles.ts)': {
    'render/footnotes.js': 'export const renderNotes = () => null;',
    'render/footnotes.styles.js': cssStub('footnotesStyles'),
  },
  'entities table (rich-text/entities.ts, all names)': {
    'model/rich-text/entities.js': `export function decodeEntities(t){return t}`,
  },
};
const rows = [['whole bundle (esbuild, dist/index.js)', full.min, full.gzip, full.brotli]];
for (const [name, stubs] of Object.entries(cases)) {
  const without = await bundle(stubs);
  rows.push([name, full.min - without.min, full.gzip - without.gzip, full.brotli - without.brotli]);
}
console.log('\nWhat each rare text block adds to the CDN bundle (bytes)\n');
console.log(table(['part', 'min', 'gzip', 'brotli'], rows, { right: true }));
