// `npm run size`: what a page pays for the library, and where the bytes go.
// Measures the built files (run `npm run build` first; `npm run size` does):
//  - cdn/news-elements.js, the one file a publisher loads (Lit inlined);
//  - each npm entry in dist/, bundled and minified with `lit` external, as a
//    consumer's bundler would when the page already has Lit;
// then breaks the CDN bundle down by module group, and exits 1 over budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { table } from './table.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CDN = 'cdn/news-elements.js';
/** The budget from the issue: the whole CDN file, Lit included, at most 14 KB gzip. */
const BUDGET_GZIP = 14 * 1024;
/** The goal, not enforced: 12 KB brotli. */
const GOAL_BROTLI = 12 * 1024;

const ENTRIES = {
  'news-elements (all three)': 'dist/index.js',
  'news-elements/news-photo.js': 'dist/news-photo/news-photo.js',
  'news-elements/news-article.js': 'dist/news-article/news-article.js',
  'news-elements/news-related.js': 'dist/news-related/news-related.js',
};
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
const measure = (buf) => ({ min: buf.length, gzip: gzip(buf), brotli: brotli(buf) });
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** Bundles one dist entry, minified, like a consumer's bundler would. */
async function bundle(entry, { litExternal }) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: litExternal
      ? [{ name: 'lit-external', setup: (b) => b.onResolve({ filter: LIT }, (args) => ({ path: args.path, external: true })) }]
      : [],
  });
  const output = result.outputFiles[0];
  return { bytes: Buffer.from(output.contents), metafile: result.metafile };
}

/** Which group a module belongs to, for the "what costs what" table. */
function groupOf(path) {
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (pkg) return pkg[1] === 'lit' ? 'lit (directives, decorators)' : pkg[1];
  const src = path.match(/^dist\/(.+)\.js$/);
  if (!src) return path;
  if (/(^styles\/|\.styles$)/.test(src[1])) return 'styles (src/styles, *.styles.ts)';
  const dir = src[1].split('/');
  return dir.length > 1 ? `src/${dir[0]}/` : `src/${dir[0]}.ts`;
}

const missing = [CDN, ...Object.values(ENTRIES)].filter((f) => !existsSync(new URL(`../../${f}`, import.meta.url)));
if (missing.length) {
  console.error(`size: ${missing.join(', ')} not found; run \`npm run build\` first.`);
  process.exit(2);
}

const cdn = measure(readFileSync(new URL(`../../${CDN}`, import.meta.url)));
const rows = [[`${CDN} (Lit inlined)`, cdn.min, cdn.gzip, cdn.brotli]];
for (const [name, entry] of Object.entries(ENTRIES)) {
  const m = measure((await bundle(entry, { litExternal: true })).bytes);
  rows.push([`${name}, lit external`, m.min, m.gzip, m.brotli]);
}
console.log('\nSize (bytes; min = as shipped for the CDN file, esbuild --minify for npm entries; gzip -9; brotli q11)\n');
console.log(table(['file', 'min', 'gzip', 'brotli'], rows, { right: true }));

// What costs what: the CDN entry bundled by esbuild with a metafile. esbuild's
// minifier differs a little from the terser build, so the total is shown too.
// Compression is not additive: the gzip column shares the total in proportion.
const full = await bundle(ENTRIES['news-elements (all three)'], { litExternal: false });
const fullGzip = gzip(full.bytes);
const groups = new Map();
const modules = Object.entries(Object.values(full.metafile.outputs)[0].inputs);
for (const [path, { bytesInOutput }] of modules) groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytesInOutput);
const total = [...groups.values()].reduce((a, b) => a + b, 0);
const breakdown = [...groups].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]).map(([group, bytes]) => [
  group, bytes, `${((bytes / total) * 100).toFixed(1)}%`, Math.round((bytes / total) * fullGzip),
]);
const litBytes = [...groups].filter(([group]) => /lit/.test(group)).reduce((sum, [, bytes]) => sum + bytes, 0);
breakdown.push(
  ['  of which Lit', litBytes, `${((litBytes / total) * 100).toFixed(1)}%`, Math.round((litBytes / total) * fullGzip)],
  ['  of which ours', total - litBytes, `${(((total - litBytes) / total) * 100).toFixed(1)}%`, Math.round(((total - litBytes) / total) * fullGzip)],
  ['total (esbuild bundle of dist/index.js)', full.bytes.length, '100%', fullGzip],
);
console.log('\nWhat costs what in the CDN bundle (minified bytes per module group)\n');
console.log(table(['group', 'min', 'share', '≈gzip'], breakdown, { right: true }));
const largest = modules.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 12);
console.log('\nLargest modules\n');
console.log(table(['module', 'min'], largest.map(([path, { bytesInOutput }]) => [path.replace(/^node_modules\//, ''), bytesInOutput]), { right: true }));

const over = cdn.gzip > BUDGET_GZIP;
console.log(
  `\nBudget: ${CDN} ${kb(cdn.gzip)} gzip of ${kb(BUDGET_GZIP)} allowed: ${over ? `OVER by ${cdn.gzip - BUDGET_GZIP} bytes` : `ok, ${BUDGET_GZIP - cdn.gzip} bytes to spare`}.` +
    `\nGoal:   ${kb(cdn.brotli)} brotli of ${kb(GOAL_BROTLI)}: ${cdn.brotli > GOAL_BROTLI ? `${cdn.brotli - GOAL_BROTLI} bytes to cut` : 'met'}.\n`,
);
process.exitCode = over ? 1 : 0;
