// `npm run bench` (first half; `npm run bench:story` alone): time to story.
// Headless Chromium over a network throttled through the DevTools protocol (the
// DevTools "Fast 4G" and "Slow 3G" profiles), a cold cache for every load, text
// sent gzip-compressed. For the seed story, from navigation to
//  - headline: the first frame in which the headline is laid out (checked every frame);
//  - LCP: the last largest-contentful-paint entry once the lead image has loaded;
// for each way of putting the story on a page, as a ratio to the floor (a).
// Every round loads every page once, in turn; the ratio is the median of the
// per-round ratios. One run, side by side.
//   node scripts/dev/bench-story.mjs [--samples 5]     (npm run bench builds first)
import os from 'node:os';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderToString } from 'news-elements/ssr';
import { launchBrowser } from './find-chrome.mjs';
import { serve, ROOT } from './static-server.mjs';
import { table } from './table.mjs';

const { values: args } = parseArgs({
  options: { samples: { type: 'string', default: process.env.BENCH_SAMPLES ?? '5' } },
});
const SAMPLES = Number(args.samples);
if (!(SAMPLES >= 1)) throw new Error('--samples must be a positive number');
for (const file of ['cdn/news-elements.js', 'cdn/news-elements-hydrate.js', 'cdn/news-article.js']) {
  if (!existsSync(`${ROOT}/${file}`)) {
    console.error(`bench-story: ${file} not found; run \`npm run build\` first.`);
    process.exit(2);
  }
}

/**
 * Chrome DevTools' presets, as DevTools applies them (latency and throughput
 * scaled from the nominal figures): latency is added to every response.
 */
const PROFILES = {
  'fast 4G': {
    latency: 60 * 2.75,
    downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9,
  },
  'slow 3G': {
    latency: 400 * 5,
    downloadThroughput: ((500 * 1000) / 8) * 0.8,
    uploadThroughput: ((500 * 1000) / 8) * 0.8,
  },
};

const STORY = '/demo/articles/seed.json';
const seed = JSON.parse(await readFile(`${ROOT}${STORY}`, 'utf8'));
const ATTRIBUTES = { 'heading-level': 1 };
// Pages sit in /demo/story/, so the story's relative image URLs ("../images/…") resolve to /demo/images/ as from the JSON.
const server = await renderToString('news-article', seed, { attributes: ATTRIBUTES });
const inlineJson = `<script type="application/json">${JSON.stringify(seed).replace(/</g, '\\u003c')}</script>`;
const shell = (head, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Time to story</title>
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body style="max-width: 60rem; margin: 0 auto; padding: 0 1rem; font: 18px/1.5 Georgia, serif">
    ${body}
  </body>
</html>`;
const script = (src) => `<script type="module" src="${src}"></script>`;
const preloadStory = `<link rel="preload" href="${STORY}" as="fetch" crossorigin />`;
/** The on-demand chunks the seed story needs (its html text and its video), beside the one-tag file. */
const STANDALONE_CHUNKS = ['chunks/standalone/html-fragment.js', 'chunks/standalone/video.js'];
const modulepreload = (files) => files.map((file) => `<link rel="modulepreload" href="/cdn/${file}" />`).join('\n    ');

const VARIANTS = {
  'a. server HTML, no script (floor)': shell('', server),
  'b. server HTML + hydration': shell(script('/cdn/news-elements-hydrate.js'), server),
  'c. CDN file + src': shell(
    script('/cdn/news-elements.js'),
    `<news-article heading-level="1" src="${STORY}"></news-article>`,
  ),
  'd. CDN file + src + preloads': shell(
    `${preloadStory}\n    ${modulepreload(STANDALONE_CHUNKS)}\n    ${script('/cdn/news-elements.js')}`,
    `<news-article heading-level="1" src="${STORY}"></news-article>`,
  ),
  'e. CDN file + inline JSON + preloads': shell(
    `${modulepreload(STANDALONE_CHUNKS)}\n    ${script('/cdn/news-elements.js')}`,
    `<news-article heading-level="1">${inlineJson}</news-article>`,
  ),
  'f. news-article.js + src + preloads': shell(
    `${preloadStory}\n    ${modulepreload(['news-article.js', 'chunks/lit.js', 'chunks/article/html-fragment.js', 'chunks/article/video.js'])}\n    ${script('/cdn/news-article.js')}`,
    `<news-article heading-level="1" src="${STORY}"></news-article>`,
  ),
};
const routes = {};
const paths = {};
Object.entries(VARIANTS).forEach(([name, html], i) => {
  paths[name] = `/demo/story/${i}.html`;
  routes[paths[name]] = (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});

/** In the page, before anything else: the first frame with the headline laid out, and LCP entries. */
function observe() {
  window.story = { headline: undefined, lcp: [] };
  const headline = () => {
    const host = document.querySelector('news-article');
    return host?.shadowRoot?.querySelector('[part~="headline"]');
  };
  const frame = (time) => {
    const h = headline();
    if (h && h.getBoundingClientRect().height > 0) window.story.headline = time;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => window.story.lcp.push(...list.getEntries().map((e) => e.startTime))).observe({
    type: 'largest-contentful-paint',
    buffered: true,
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
};

const http = await serve({ routes, gzip: true });
const browser = await launchBrowser();
const version = await browser.version();
const loadBefore = os.loadavg()[0];
const results = {}; // profile → variant → { headline: [], lcp: [] }
try {
  for (const [profile, conditions] of Object.entries(PROFILES)) {
    results[profile] = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, { headline: [], lcp: [] }]));
    for (let round = 0; round < SAMPLES; round++) {
      for (const name of Object.keys(VARIANTS)) {
        // A fresh context: no cache, no open connection, nothing from the previous load.
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1 });
        const cdp = await page.createCDPSession();
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
        await page.evaluateOnNewDocument(observe);
        await page.goto(`${http.url}${paths[name]}`, { waitUntil: 'load', timeout: 120_000 });
        await page.waitForFunction(() => window.story.headline !== undefined, { timeout: 120_000 });
        // LCP is final once the lead image has painted: wait for it, then two frames.
        await page.waitForFunction(
          () => {
            const root = document.querySelector('news-article')?.shadowRoot;
            const lead = root?.querySelector('[part~="lead"] img');
            return lead?.complete && window.story.lcp.length > 0;
          },
          { timeout: 120_000 },
        );
        const { headline, lcp } = await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => resolve({ headline: window.story.headline, lcp: window.story.lcp.at(-1) })),
              ),
            ),
        );
        results[profile][name].headline.push(headline);
        results[profile][name].lcp.push(lcp);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await http.close();
}

const floorName = Object.keys(VARIANTS)[0];
const fmt = (ms) => `${Math.round(ms)} ms`;
const ratio = (values, floor) => `${median(values.map((value, i) => value / floor[i])).toFixed(2)}×`;
console.log(
  `\nTime to story: the seed story, median of ${SAMPLES} cold load(s) per page and profile; ratio to (a), the server HTML with no script\n`,
);
const rows = [];
for (const profile of Object.keys(PROFILES)) {
  const floor = results[profile][floorName];
  for (const name of Object.keys(VARIANTS)) {
    const r = results[profile][name];
    rows.push([
      profile,
      name,
      fmt(median(r.headline)),
      ratio(r.headline, floor.headline),
      fmt(median(r.lcp)),
      ratio(r.lcp, floor.lcp),
    ]);
  }
}
console.log(table(['network', 'page', 'headline', '× floor', 'LCP', '× floor'], rows, { right: true }));
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `\n${os.cpus().length} CPU(s), ${cpu}; ${version}; Node ${process.version}; viewport 412×823; CPU not throttled;` +
    ` load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after.` +
    '\nAims (issue 18): (b) and (e) within 1.1× of the floor, (d) within 1.3×.\n',
);
