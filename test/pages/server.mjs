// A small static server for page-level tests: serves the repository on a free
// loopback port, with per-path headers (for CSP pages) and extra routes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../scripts/find-chrome.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.css': 'text/css', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * Starts the server. `routes` maps a path to a handler `(req, res) => void`;
 * `headers(path)` returns extra headers for a static file.
 * Resolves to `{ url, close, requests }`, where `requests` lists every path asked for.
 */
export async function serve({ routes = {}, headers = () => ({}) } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(req.url);
    try {
      if (routes[path]) return await routes[path](req, res);
      const file = normalize(join(ROOT, path));
      if (!file.startsWith(ROOT)) throw new Error('outside');
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * The import map that lets a page load the npm build (dist/) with Lit resolved
 * from node_modules: the JSON text of a <script type="importmap">.
 */
export const LIT_IMPORT_MAP = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
});

/**
 * A route handler that answers every request with the same `body`: `status`,
 * `type` (the Content-Type), Content-Length, and any extra `headers`.
 */
export const reply =
  (body, { status = 200, type = 'text/html; charset=utf-8', headers = {} } = {}) =>
  (req, res) =>
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers }).end(body);

/** What every page test file starts with: this server (`serve(options)`) and a headless Chromium. */
export async function startSuite(options) {
  return { server: await serve(options), browser: await launchBrowser() };
}

/** Closes what startSuite started (either may be missing if starting failed). */
export async function stopSuite({ server, browser }) {
  await browser?.close();
  await server?.close();
}

/**
 * Waits up to `ms` for `check()` to hold, for what the browser does a little after
 * the event a test waited for; the assertions after it say what failed.
 */
export async function until(check, ms = 5000) {
  for (const end = Date.now() + ms; !(await check()) && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * The dev server of `npm start` (web-dev-server.config.mjs: TypeScript compiled on the fly),
 * in-process on a free port, for the preview site's tests. Resolves to `{ url, stop }`.
 */
export async function startDevSite() {
  const [{ startDevServer }, { default: config }] = await Promise.all([
    import('@web/dev-server'),
    import('../../web-dev-server.config.mjs'),
  ]);
  const dev = await startDevServer({
    config: { ...config, rootDir: ROOT, port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return { url: `http://localhost:${dev.server.address().port}`, stop: () => dev.stop() };
}
