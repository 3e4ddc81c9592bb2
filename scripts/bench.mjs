// `npm run bench`: how fast <news-article> renders, against the browser's floor.
// Drives bench/index.html + bench/bench.js in headless Chromium (found by
// scripts/find-chrome.mjs) on the built cdn/news-elements.js, takes every figure
// from this one run, and prints medians with their interquartile range.
//   node scripts/bench.mjs [--samples 30]     (npm run bench builds first)
import os from 'node:os';
import { existsSync } from 'node:fs';
import { launchBrowser, CHROME_ARGS } from './find-chrome.mjs';
import { serve } from '../test/pages/server.mjs';

const COUNT = 100;
const flag = process.argv.indexOf('--samples');
const SAMPLES = Number(flag > 0 ? process.argv[flag + 1] : process.env.BENCH_SAMPLES ?? 30);
if (!(SAMPLES >= 1)) throw new Error('--samples must be a positive number');
if (!existsSync(new URL('../cdn/news-elements.js', import.meta.url))) {
  console.error('bench: cdn/news-elements.js not found; run `npm run build` first.');
  process.exit(2);
}

const quantile = (sorted, q) => {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), n: values.length };
};
const fixed = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const show = (values, unit) => {
  const s = stats(values);
  return `${fixed(s.median)} ${unit} [${fixed(s.p25)}–${fixed(s.p75)}]`;
};
/** The median of the paired ratios (sample i of ours over sample i of the floor), with their spread. */
const ratio = (ours, floor) => {
  const paired = stats(ours.map((value, i) => value / floor[i]));
  return `${paired.median.toFixed(2)}× [${paired.p25.toFixed(2)}–${paired.p75.toFixed(2)}]`;
};
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const server = await serve({
  // Images come from the memory cache after the first sample, as on a real page.
  headers: (path) => (path.startsWith('/demo/images/') ? { 'cache-control': 'max-age=3600' } : {}),
});
const browser = await launchBrowser({ args: [...CHROME_ARGS, '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(message.text()));
  await page.goto(`${server.url}/bench/index.html`);
  await page.waitForFunction(() => window.bench);
  const cdp = await page.createCDPSession();
  const call = (name, ...args) => page.evaluate((name, args) => window.bench[name](...args), name, args);

  const loadBefore = os.loadavg()[0];
  const setup = await call('setup', COUNT);
  const figures = { render: [[], []], update: [[], []], longRender: [[], []], longUpdate: [[], []], heap: [[], []], js: [[], []] };
  for (let i = 0; i < SAMPLES; i++) {
    // Alternate which side goes first, so that drift (heat, caches) is shared.
    for (const side of i % 2 ? [1, 0] : [0, 1]) {
      const floor = side === 1 ? 'Floor' : '';
      await call('clear');
      figures.render[side].push(await call(`render${floor}`, 'a', COUNT));
      figures.update[side].push(await call(`update${floor}`, 'b'));
      await call('clear');
      figures.longRender[side].push(await call(`render${floor}`, 'longA', 1));
      figures.longUpdate[side].push(await call(`update${floor}`, 'longB'));
      // Heap: what COUNT rendered articles keep alive, after a full GC.
      await call('clear');
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await cdp.send('Runtime.getHeapUsage');
      await call(`mount${floor}`, 'a', COUNT);
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await cdp.send('Runtime.getHeapUsage');
      // usedSize is V8's heap; embedderHeapUsedSize is Blink's (DOM, styles, layout objects).
      const js = after.usedSize - before.usedSize;
      figures.js[side].push(js / COUNT / 1024);
      figures.heap[side].push((js + after.embedderHeapUsedSize - before.embedderHeapUsedSize) / COUNT / 1024);
    }
  }
  await call('clear');

  const cpu = os.cpus();
  console.log(`\nnews-elements bench: ${SAMPLES} samples per figure, one run; median [interquartile range]`);
  console.log(`Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}`);
  console.log(`Browser: ${await browser.version()} (headless); Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`);
  // Other work on the machine widens the spread: the 1-minute load average says how busy it was.
  console.log(`Load average (1 min): ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`);
  console.log(
    `Stories: seed.json (${setup.blocks.a} blocks, ${setup.elements.a} elements rendered) and seed-ar.json (${setup.blocks.b} blocks, ${setup.elements.b} elements); ` +
      `long: 2,000 blocks (${setup.elements.longA} elements)`,
  );
  console.log(`Floor: ${setup.sheets} adopted stylesheets + innerHTML of our captured markup, Lit's comment markers stripped; timings end after a forced layout\n`);
  const row = (label, key, unit = 'ms', withRatio = true) => [
    label, show(figures[key][0], unit), show(figures[key][1], unit), withRatio ? ratio(figures[key][0], figures[key][1]) : '',
  ];
  console.log(
    table(
      ['measure', 'news-article', 'floor', 'ours/floor'],
      [
        row(`first render, ${COUNT} × seed story`, 'render'),
        row(`update ${COUNT} → seed-ar story`, 'update'),
        row('2,000-block article: render', 'longRender'),
        row('2,000-block article: update', 'longUpdate'),
        row('heap per article (JS + DOM)', 'heap', 'KB'),
        row('  of which JS heap', 'js', 'KB', false),
        [`cold first render, ${COUNT} × seed story (1 run)`, `${fixed(setup.cold)} ms`, '', ''],
      ],
    ),
  );
  console.log('\nTarget: first render at most 1.30× the floor.');
  if (problems.length) console.log(`\nThe page reported ${problems.length} error(s)/warning(s), first: ${problems[0]}`);
} finally {
  await browser.close();
  await server.close();
}
