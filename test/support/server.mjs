// Page-test support: the static server (scripts/dev/static-server.mjs, shared with
// the benchmarks), the Lit import map, and the suite's start and stop in the
// engine of ENGINE (test/support/engines.mjs).
import puppeteer from 'puppeteer-core';
import { ROOT, serve } from '../../scripts/dev/static-server.mjs';
import { currentEngine, puppeteerOptions } from './engines.mjs';

export { ROOT, serve };

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

/**
 * What every page test file starts with: this server (`serve(options)`) and the
 * browser of `ENGINE` (headless Chromium unless `ENGINE=firefox`), driven by puppeteer-core.
 */
export async function startSuite(options) {
  const browser = await launchEngine();
  return { server: await serve(options), browser };
}

/** The browser of `ENGINE` (headless Chromium unless `ENGINE=firefox`), driven by puppeteer-core. */
export async function launchEngine() {
  const engine = currentEngine();
  if (engine === 'webkit')
    throw new Error(
      'The page tests run in Chromium and Firefox only (see the "puppeteer" gap in test/support/engine-gaps.mjs).',
    );
  return puppeteer.launch(await puppeteerOptions(engine));
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
  for (const end = Date.now() + ms; !(await check()) && Date.now() < end;)
    await new Promise((resolve) => setTimeout(resolve, 50));
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

/** What a paste over the whole text of the field `selector` does: the paste event, then the text replaces everything. */
export const pasteAll = (page, selector, text) =>
  page.$eval(
    selector,
    (field, t) => {
      field.focus();
      field.select();
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', t);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      document.execCommand('insertText', false, t);
    },
    text,
  );
