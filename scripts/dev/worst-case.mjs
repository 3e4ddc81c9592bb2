// The worst documents we know of, each just under the 10 MB `src` limit, rendered
// in Chromium (the CDN file) and by renderToString (dist/), with the time each takes
// next to a plain document of the same size (the baseline). Prints the figures;
// test/pages/worst-case.test.mjs asserts on them.
//
//   node scripts/dev/worst-case.mjs [--timeout=SECONDS] [name…]
//
// A render that does not finish within the timeout is reported as ">N s" (the
// server render runs in a child process that is killed; the browser page is closed).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { launchBrowser } from './find-chrome.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The `src` limit (bytes): every document here stays under it. */
const LIMIT = 10 * 1024 * 1024;

const fill = (count, make) => Array.from({ length: count }, (_, i) => make(i));

/** name → [tag, document]. Built lazily: each is about 10 MB. */
export const WORST = {
  // The baseline: 10 MB of plain paragraphs, the work any big document costs.
  baseline: () => [
    'news-article',
    { headline: 'Baseline', body: fill(5000, (i) => ({ type: 'paragraph', text: `${i} ${'x'.repeat(2000)}` })) },
  ],
  // Finding 1: a long run of commas inside 1,200 URLs (the srcset encoding regex).
  commas: () => [
    'news-article',
    { headline: 'Commas', body: fill(1200, (i) => ({ type: 'link', title: `t${i}`, url: `/a${','.repeat(8000)}b` })) },
  ],
  // Finding 1 again, through links inside an HTML fragment (read before any element budget).
  'commas-html': () => [
    'news-article',
    {
      headline: 'Commas in html',
      body: [
        { type: 'paragraph', text: { html: fill(1200, () => `<a href="/a${','.repeat(8000)}b">x</a>`).join('') } },
      ],
    },
  ],
  // Finding 2: 125 lists of 20,000 items (10 MB).
  lists: () => [
    'news-article',
    { headline: 'Lists', body: fill(125, () => ({ type: 'list', items: fill(20000, () => 'x') })) },
  ],
  // Finding 2: 20,000 related links in one block.
  related: () => [
    'news-related',
    {
      links: fill(20000, (i) => ({
        url: `/s/${i}`,
        title: `Story ${i}`,
        description: 'd',
        section: 's',
        datePublished: '2021-10-20',
      })),
    },
  ],
  // Finding 2: many small blocks (headings are the cheapest to write).
  blocks: () => ['news-article', { headline: 'Blocks', body: fill(250000, () => ({ type: 'divider' })) }],
  // Finding 3: a photo 100,000 times taller than wide.
  tall: () => ['news-photo', { src: '/demo/images/lead-400.jpg', alt: 'tall', width: 1, height: 100000 }],
};

/** Serves `documents` (name → JSON text) and the repository's cdn/ on a free port. */
async function serveDocuments(documents) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><body>');
    const name = path.slice(1).replace(/\.json$/, '');
    if (name in documents) return res.writeHead(200, { 'content-type': 'application/json' }).end(documents[name]);
    // Read first: a missing file (a browser's /favicon.ico) is a 404, not a second writeHead.
    let body;
    try {
      body = await readFile(join(ROOT, path));
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Milliseconds `<tag>` takes in Chromium from `data` set to rendered and laid out, or Infinity past `timeout`. */
async function timeInBrowser(browser, url, name, tag, timeout) {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}/`);
    await page.addScriptTag({ url: `${url}/cdn/news-elements.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('news-article'));
    // Parsing the JSON is the browser's, not ours: it happens before the clock starts.
    await page.evaluate(async (name) => {
      window.doc = await (await fetch(`/${name}.json`)).json();
    }, name);
    const run = page.evaluate(async (tag) => {
      const el = document.createElement(tag);
      const settled = new Promise((resolve) => {
        el.addEventListener('news-load', resolve);
        el.addEventListener('news-error', resolve);
      });
      const started = performance.now();
      el.data = window.doc;
      document.body.append(el);
      await settled;
      el.shadowRoot.firstElementChild?.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return { ms: performance.now() - started, height: box.height, width: box.width };
    }, tag);
    const timer = new Promise((resolve) => setTimeout(resolve, timeout, { ms: Infinity }));
    return await Promise.race([run, timer]);
  } finally {
    // A page stuck in a long task is closed without waiting for it.
    await Promise.race([page.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000))]);
  }
}

/** Milliseconds of renderToString for the document in `file`, in a child process, or Infinity past `timeout`. */
function timeOnServer(file, tag, timeout) {
  const code = `
    const { renderToString } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/ssr/index.js')).href)});
    const { readFile } = await import('node:fs/promises');
    const doc = JSON.parse(await readFile(${JSON.stringify(file)}, 'utf8'));
    console.warn = () => {};
    const started = performance.now();
    let out = '';
    try { out = await renderToString(${JSON.stringify(tag)}, doc); } catch (error) { out = String(error.message).slice(0, 40); }
    process.stdout.write(JSON.stringify({ ms: performance.now() - started, length: out.length }));`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', code],
      { timeout, maxBuffer: 1 << 20, killSignal: 'SIGKILL' },
      (error, stdout) => {
        if (error) resolve({ ms: Infinity, error: error.killed ? 'timeout' : String(error.message).slice(0, 200) });
        else resolve(JSON.parse(stdout));
      },
    );
  });
}

/**
 * Renders each named worst case (and the baseline) both ways; resolves to
 * `{name: {bytes, client, server, clientBox}}` with times in ms (Infinity past `timeout` ms).
 */
export async function measure(names = Object.keys(WORST), { timeout = 60000, browser: given } = {}) {
  const all = ['baseline', ...names.filter((n) => n !== 'baseline')];
  const texts = {};
  const tags = {};
  for (const name of all) {
    const [tag, doc] = WORST[name]();
    texts[name] = JSON.stringify(doc);
    tags[name] = tag;
    const bytes = Buffer.byteLength(texts[name]);
    if (bytes > LIMIT) throw new Error(`${name} is ${bytes} bytes, over the src limit`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'worst-case-'));
  const server = await serveDocuments(texts);
  const browser = given ?? (await launchBrowser());
  const results = {};
  try {
    for (const name of all) {
      const file = join(dir, `${name}.json`);
      await writeFile(file, texts[name]);
      const client = await timeInBrowser(browser, server.url, name, tags[name], timeout);
      const server_ = await timeOnServer(file, tags[name], timeout);
      results[name] = {
        bytes: Buffer.byteLength(texts[name]),
        client: client.ms,
        server: server_.ms,
        clientBox: { width: client.width, height: client.height },
      };
    }
  } finally {
    if (!given) await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

const shown = (ms, timeout) => (ms === Infinity ? `>${timeout / 1000} s` : `${Math.round(ms)} ms`);

/** The figures as a table. */
export function table(results, timeout) {
  const lines = ['document       bytes        Chromium     renderToString'];
  for (const [name, r] of Object.entries(results)) {
    lines.push(
      `${name.padEnd(13)} ${String(r.bytes).padStart(9)}  ${shown(r.client, timeout).padStart(12)}  ${shown(r.server, timeout).padStart(14)}`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const timeout = 1000 * Number(args.find((a) => a.startsWith('--timeout='))?.slice(10) ?? 60);
  const names = args.filter((a) => !a.startsWith('--'));
  const results = await measure(names.length ? names : undefined, { timeout });
  console.log(table(results, timeout));
}
