// `npm run size`: what a page pays for the library, against budgets that fail on a regression.
// Measures the built files (run `npm run build` first; `npm run size` does):
//  - every CDN file on its own: the all-in-one file, each element's entry, the
//    shared chunks and each on-demand chunk (minified, gzip -9, brotli q11);
//  - what a page loads before an element can render: its entry plus every file
//    the entry imports statically, each compressed on its own, as a browser
//    fetches them; and a page with the seed story, which also loads its on-demand chunks;
//  - each npm entry in dist/, bundled and minified with `lit` external;
// then breaks the all-in-one bundle down by module group, and exits 1 over a budget.
//   node scripts/dev/size.mjs [--scale 0.9]    (--scale multiplies every budget: a check that the check fails)
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { table } from './table.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: { scale: { type: 'string', default: process.env.SIZE_BUDGET_SCALE ?? '1' } },
});
const SCALE = Number(args.scale);
if (!(SCALE > 0)) throw new Error('--scale must be a positive number');

/**
 * Budgets in bytes, brotli (q11) and gzip (-9), each set just above what the build
 * reaches now, so that any growth fails and is looked at. `CEILINGS` are the
 * limits the pages must stay under whatever is added (issue 18), shown beside them.
 */
const FILE_BUDGETS = {
  // The one-tag file: its on-demand features are in cdn/chunks/standalone/, not inside it.
  'cdn/news-elements.js': { brotli: 18_550, gzip: 20_500 },
  // Hydration needs every feature before the first render: the blocks of issue 15 are all inside.
  'cdn/news-elements-hydrate.js': { brotli: 27_700, gzip: 31_550 },
  // One file per element, everything but Lit inside (rollup.config.mjs, elementFile).
  'cdn/news-photo.js': { brotli: 8_800, gzip: 9_800 },
  'cdn/news-related.js': { brotli: 9_750, gzip: 10_850 },
  'cdn/news-article.js': { brotli: 13_400, gzip: 14_850 },
  'cdn/chunks/lit.js': { brotli: 5_550, gzip: 6_150 },
  // Its own copy of the HTML reader, which holds the named-character table (issue 15).
  'cdn/chunks/adapters-standalone.js': { brotli: 13_400, gzip: 14_900 },
  // The on-demand chunks, one budget for each name in every folder (photo/, related/,
  // article/ beside the element files, standalone/ beside news-elements.js).
  'cdn/chunks/*/html-fragment.js': { brotli: 2_850, gzip: 3_150 },
  'cdn/chunks/*/translations.js': { brotli: 1_300, gzip: 1_550 },
  'cdn/chunks/*/video.js': { brotli: 1_260, gzip: 1_530 },
  'cdn/chunks/*/jsonld.js': { brotli: 960, gzip: 1_120 },
  // The rare blocks (issue 15), each loaded only by a story that has one.
  'cdn/chunks/*/code.js': { brotli: 560, gzip: 700 },
  'cdn/chunks/*/table.js': { brotli: 700, gzip: 850 },
  'cdn/chunks/*/gallery.js': { brotli: 500, gzip: 600 },
  'cdn/chunks/*/media.js': { brotli: 1_050, gzip: 1_200 },
  'cdn/chunks/*/social.js': { brotli: 820, gzip: 970 },
  'cdn/chunks/*/notes.js': { brotli: 760, gzip: 870 },
  'cdn/chunks/*/footnotes.js': { brotli: 650, gzip: 800 },
  // The adapters of the `format` attribute: loaded only by a page whose element has one.
  'cdn/chunks/*/adapters.js': { brotli: 11_350, gzip: 12_550 },
};
/** A file's budget: its own, or its chunk's in every folder. */
const budgetOf = (file) => FILE_BUDGETS[file] ?? FILE_BUDGETS[file.replace(/^cdn\/chunks\/[^/]+\//, 'cdn/chunks/*/')];
/**
 * The pages: the files an element needs before it renders (its entry and static
 * imports); for the seed story, also the on-demand chunks it loads before it shows.
 * `ceiling` (brotli): issue 18's limit for that page, next blocks included.
 */
const PAGES = {
  'photo only (cdn/news-photo.js)': { entry: 'cdn/news-photo.js', brotli: 14_320, gzip: 15_930, ceiling: 14.5 * 1024 },
  'related only (cdn/news-related.js)': {
    entry: 'cdn/news-related.js',
    brotli: 15_250,
    gzip: 16_970,
    ceiling: 15 * 1024,
  },
  'article (cdn/news-article.js)': { entry: 'cdn/news-article.js', brotli: 18_900, gzip: 20_950, ceiling: 18.5 * 1024 },
  'seed story (news-article.js + its on-demand chunks)': {
    entry: 'cdn/news-article.js',
    demand: ['cdn/chunks/article/html-fragment.js', 'cdn/chunks/article/video.js'],
    brotli: 22_950,
    gzip: 25_570,
  },
  'all-in-one (cdn/news-elements.js)': {
    entry: 'cdn/news-elements.js',
    brotli: 18_550,
    gzip: 20_500,
    ceiling: 18.5 * 1024,
  },
};

const NPM_ENTRIES = {
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
const read = (file) => readFileSync(join(ROOT, file));

/** The files `file` imports statically (import … from, export … from, bare import), relative to the root. */
function staticImports(file) {
  const code = read(file).toString();
  const specifiers = [
    ...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g),
  ].map((m) => m[1]);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, join(ROOT, dirname(file), s)));
}
/** The entry and everything it imports statically, transitively: what loads before the element can render. */
function beforeRender(entry) {
  const seen = new Set([entry]);
  for (const file of seen) for (const next of staticImports(file)) seen.add(next);
  return [...seen];
}

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
    splitting: false,
    plugins: litExternal
      ? [
          {
            name: 'lit-external',
            setup: (b) => b.onResolve({ filter: LIT }, (a) => ({ path: a.path, external: true })),
          },
        ]
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

/** The .js files of a folder of cdn/ and of its folders, relative to the root. */
const jsFiles = (dir) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsFiles(`${dir}/${entry.name}`) : entry.name.endsWith('.js') ? [`${dir}/${entry.name}`] : [],
  );
const cdnFiles = existsSync(join(ROOT, 'cdn')) ? jsFiles('cdn') : [];
const missing = [...Object.keys(FILE_BUDGETS).filter((f) => !f.includes('*')), ...Object.values(NPM_ENTRIES)].filter(
  (f) => !existsSync(join(ROOT, f)),
);
if (missing.length) {
  console.error(`size: ${missing.join(', ')} not found; run \`npm run build\` first.`);
  process.exit(2);
}

const sizes = Object.fromEntries(cdnFiles.map((file) => [file, measure(read(file))]));
const failures = [];
/** `actual` against `budget` (scaled): a table cell, and a failure when over. */
function check(name, actual, budget, unit) {
  if (budget === undefined) return '';
  const allowed = Math.round(budget * SCALE);
  if (actual > allowed) {
    failures.push(`${name}: ${actual} bytes ${unit}, budget ${allowed} (over by ${actual - allowed})`);
    return `OVER ${allowed}`;
  }
  return `${allowed}`;
}

console.log('\nCDN files, each on its own (bytes; min as shipped, gzip -9, brotli q11)\n');
const unbudgeted = cdnFiles.filter((file) => !budgetOf(file));
for (const file of unbudgeted)
  failures.push(`${file}: a CDN file without a budget (add it to FILE_BUDGETS in scripts/dev/size.mjs)`);
console.log(
  table(
    ['file', 'min', 'gzip', 'budget', 'brotli', 'budget'],
    cdnFiles.map((file) => {
      const m = sizes[file];
      const budget = budgetOf(file) ?? {};
      return [
        file,
        m.min,
        m.gzip,
        check(file, m.gzip, budget.gzip, 'gzip'),
        m.brotli,
        check(file, m.brotli, budget.brotli, 'brotli'),
      ];
    }),
    { right: true },
  ),
);

console.log(
  '\nWhat a page loads before the element can render: the entry and its static imports, each file compressed on its own\n',
);
const pageRows = [];
for (const [name, page] of Object.entries(PAGES)) {
  const files = [...beforeRender(page.entry), ...(page.demand ?? [])];
  const sum = (key) => files.reduce((total, file) => total + sizes[file][key], 0);
  const total = { gzip: sum('gzip'), brotli: sum('brotli') };
  pageRows.push([
    name,
    files.length,
    total.gzip,
    check(name, total.gzip, page.gzip, 'gzip'),
    total.brotli,
    check(name, total.brotli, page.brotli, 'brotli'),
    page.ceiling ? Math.round(page.ceiling) : '—',
    page.ceiling ? Math.round(page.ceiling - total.brotli) : '—',
  ]);
}
console.log(
  table(['page', 'files', 'gzip', 'budget', 'brotli', 'budget', 'ceiling', 'headroom'], pageRows, { right: true }),
);
console.log(
  '\nceiling: the most the page may cost once the next blocks are in (brotli); headroom: what is left under it.',
);

const npmRows = [];
for (const [name, entry] of Object.entries(NPM_ENTRIES)) {
  const m = measure((await bundle(entry, { litExternal: true })).bytes);
  npmRows.push([`${name}, lit external`, m.min, m.gzip, m.brotli]);
}
console.log('\nnpm entries, bundled by esbuild --minify with Lit external (on-demand code included)\n');
console.log(table(['entry', 'min', 'gzip', 'brotli'], npmRows, { right: true }));

// What costs what: the all-in-one entry bundled by esbuild with a metafile. esbuild's
// minifier differs a little from the terser build, so the total is shown too.
// Compression is not additive: the gzip column shares the total in proportion.
const full = await bundle(NPM_ENTRIES['news-elements (all three)'], { litExternal: false });
const fullGzip = gzip(full.bytes);
const groups = new Map();
const modules = Object.entries(Object.values(full.metafile.outputs)[0].inputs);
for (const [path, { bytesInOutput }] of modules)
  groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytesInOutput);
const total = [...groups.values()].reduce((a, b) => a + b, 0);
const share = (bytes) => [`${((bytes / total) * 100).toFixed(1)}%`, Math.round((bytes / total) * fullGzip)];
const breakdown = [...groups]
  .filter(([, bytes]) => bytes > 0)
  .sort((a, b) => b[1] - a[1])
  .map(([group, bytes]) => [group, bytes, ...share(bytes)]);
const litBytes = [...groups].filter(([group]) => /lit/.test(group)).reduce((sum, [, bytes]) => sum + bytes, 0);
breakdown.push(
  ['  of which Lit', litBytes, ...share(litBytes)],
  ['  of which ours', total - litBytes, ...share(total - litBytes)],
  ['total (esbuild bundle of dist/index.js)', full.bytes.length, '100%', fullGzip],
);
console.log('\nWhat costs what in the all-in-one bundle (minified bytes per module group)\n');
console.log(table(['group', 'min', 'share', '≈gzip'], breakdown, { right: true }));
const largest = modules.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 12);
console.log('\nLargest modules\n');
console.log(
  table(
    ['module', 'min'],
    largest.map(([path, { bytesInOutput }]) => [path.replace(/^node_modules\//, ''), bytesInOutput]),
    { right: true },
  ),
);

if (failures.length) {
  console.log(
    `\nOver budget${SCALE === 1 ? '' : ` (budgets × ${SCALE})`}:\n${failures.map((f) => `  ${f}`).join('\n')}\n`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `\nEvery file and page within its budget${SCALE === 1 ? '' : ` (budgets × ${SCALE})`}; all-in-one ${kb(sizes['cdn/news-elements.js'].brotli)} brotli.\n`,
  );
}
