// `npm run bench`: how fast <news-article> renders, against the browser's floor.
// Drives bench/index.html + bench/bench.js in headless Chromium (found by
// scripts/dev/find-chrome.mjs) on the built cdn/news-elements.js, takes every figure
// from this one run, and prints medians with their interquartile range.
//   node scripts/dev/bench.mjs [--samples 30]     (npm run bench builds first)
import os from 'node:os';
import { existsSync } from 'node:fs';
import { launchBrowser, CHROME_ARGS } from './find-chrome.mjs';
import { serve } from './static-server.mjs';
import { table } from './table.mjs';

const COUNT = 100;
const flag = process.argv.indexOf('--samples');
const SAMPLES = Number(flag > 0 ? process.argv[flag + 1] : (process.env.BENCH_SAMPLES ?? 30));
if (!(SAMPLES >= 1)) throw new Error('--samples must be a positive number');
if (!existsSync(new URL('../../cdn/news-elements.js', import.meta.url))) {
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
  // Main-thread CPU time: unlike wall time, it does not grow when other work shares the machine.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  // RecalcStyleDuration and LayoutDuration split it: the rest is script and DOM building.
  const cpuTime = async () => {
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]),
    );
    return [metrics.ThreadTime, metrics.RecalcStyleDuration, metrics.LayoutDuration];
  };
  const call = (name, ...args) => page.evaluate((name, args) => window.bench[name](...args), name, args);
  /** One timed step: [wall ms from the page, main-thread CPU ms around it]. */
  const measure = async (name, ...args) => {
    await call('prepare');
    const before = await cpuTime();
    const wall = await call(name, ...args);
    const after = await cpuTime();
    return [wall, ...after.map((value, i) => value - before[i])];
  };
  const heapUsed = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    // usedSize is V8's heap; embedderHeapUsedSize is Blink's (DOM, styles, layout objects).
    const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
    return [usedSize, embedderHeapUsedSize];
  };

  const loadBefore = os.loadavg()[0];
  const blocks = await call('setup');
  const cold = await measure('render', 'a', COUNT);
  await call('clear');
  const setup = await call('capture');

  const KEYS = ['render', 'update', 'longRender', 'longUpdate', 'normalise', 'longNormalise'];
  // figures[key][side][clock]: side 0 = ours, 1 = floor; clock 0 = wall, 1 = CPU.
  const figures = Object.fromEntries(
    KEYS.map((key) => [
      key,
      [
        [[], []],
        [[], []],
      ],
    ]),
  );
  // split[key][side]: [style, layout] CPU ms per sample.
  const split = Object.fromEntries(
    KEYS.map((key) => [
      key,
      [
        [[], []],
        [[], []],
      ],
    ]),
  );
  const heap = [
    [[], []],
    [[], []],
  ];
  const record = (key, side, [wall, cpu, style, layout]) => {
    figures[key][side][0].push(wall);
    figures[key][side][1].push(cpu);
    split[key][side][0].push(style);
    split[key][side][1].push(layout);
  };
  for (let i = 0; i < SAMPLES; i++) {
    // Alternate which side goes first, so that drift (heat, caches, neighbours) is shared.
    for (const side of i % 2 ? [1, 0] : [0, 1]) {
      const floor = side === 1 ? 'Floor' : '';
      await call('clear');
      record('render', side, await measure(`render${floor}`, 'a', COUNT));
      record('update', side, await measure(`update${floor}`, 'b'));
      await call('clear');
      record('longRender', side, await measure(`render${floor}`, 'longA', 1));
      record('longUpdate', side, await measure(`update${floor}`, 'longB'));
      if (side === 0 && blocks.normalise) {
        record('normalise', 0, await measure('normalise', 'a', COUNT));
        record('longNormalise', 0, await measure('normalise', 'longA', 1));
      }
      // Heap: what COUNT rendered articles keep alive, after a full GC.
      await call('clear');
      const before = await heapUsed();
      await call(`mount${floor}`, 'a', COUNT);
      const after = await heapUsed();
      const js = (after[0] - before[0]) / COUNT / 1024;
      heap[side][0].push(js + (after[1] - before[1]) / COUNT / 1024);
      heap[side][1].push(js);
    }
  }
  await call('clear');

  const cpu = os.cpus();
  console.log(`\nnews-elements bench: ${SAMPLES} samples per figure, one run; median [interquartile range]`);
  console.log(
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}`,
  );
  console.log(
    `Browser: ${await browser.version()} (headless); Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
  );
  // Other work on the machine widens the spread of wall times: the 1-minute load average says how busy it was.
  console.log(`Load average (1 min): ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`);
  console.log(
    `Stories: seed.json (${blocks.a} blocks, ${setup.elements.a} elements rendered), seed-ar.json (${blocks.b} blocks, ${setup.elements.b} elements); ` +
      `2,000-block versions of both (${setup.elements.longA} and ${setup.elements.longB} elements)`,
  );
  console.log(
    `Floor: plain hosts, the same ${setup.sheets} adopted stylesheets, innerHTML of the markup <news-article> produced (Lit's comment markers stripped).\n` +
      "wall: performance.now() until a forced style + layout (no paint); CPU: the renderer main thread's CPU time around the same step.\n",
  );
  const row = (label, clock, [ours, floor], unit = 'ms', withRatio = true) => [
    label,
    clock,
    show(ours, unit),
    show(floor, unit),
    withRatio ? ratio(ours, floor) : '',
  ];
  const timing = (label, key) => [
    row(
      label,
      'wall',
      figures[key].map((side) => side[0]),
    ),
    row(
      '',
      'CPU',
      figures[key].map((side) => side[1]),
    ),
  ];
  // What share of our time is the model (validation + normalisation), measured alone.
  const model = (label, key) =>
    blocks.normalise
      ? figures[key][0].map((values, clock) => [clock ? '' : label, clock ? 'CPU' : 'wall', show(values, 'ms'), '', ''])
      : [];
  console.log(
    table(
      ['measure', 'clock', 'news-article', 'floor', 'ours/floor'],
      [
        ...timing(`first render, ${COUNT} × seed story`, 'render'),
        ...model('  of which normalise() alone', 'normalise'),
        ...timing(`update ${COUNT} → seed-ar story`, 'update'),
        ...timing('2,000-block article: render', 'longRender'),
        ...model('  of which normalise() alone', 'longNormalise'),
        ...timing('2,000-block article: update', 'longUpdate'),
        row(
          'heap per article, JS + DOM',
          '',
          heap.map((side) => side[0]),
          'KB',
        ),
        row(
          '  of which JS heap',
          '',
          heap.map((side) => side[1]),
          'KB',
          false,
        ),
        [`cold first render, ${COUNT} × seed story`, 'wall', `${fixed(cold[0])} ms (1 run)`, '', ''],
        ['', 'CPU', `${fixed(cold[1])} ms`, '', ''],
      ],
    ),
  );
  const median = (values) => fixed(stats(values).median);
  console.log('\nWhere the CPU time goes (medians, ms): style recalc / layout / the rest (script, DOM building)');
  for (const [label, key] of [
    ['first render', 'render'],
    ['update', 'update'],
    ['2,000-block render', 'longRender'],
    ['2,000-block update', 'longUpdate'],
  ]) {
    const part = (side) => {
      const [style, layout] = split[key][side];
      const rest = figures[key][side][1].map((cpu, i) => cpu - style[i] - layout[i]);
      return `${median(style)} / ${median(layout)} / ${median(rest)}`;
    };
    console.log(`  ${label.padEnd(20)} news-article ${part(0).padEnd(22)} floor ${part(1)}`);
  }
  console.log('\nTarget: first render at most 1.30× the floor.');
  if (problems.length) console.log(`\nThe page reported ${problems.length} error(s)/warning(s), first: ${problems[0]}`);
} finally {
  await browser.close();
  await server.close();
}
