// What page-level tests share: the strict policy of SECURITY.md, the page a
// publisher writes around the elements, and a tab that records what the page threw.

/**
 * The Content-Security-Policy of SECURITY.md, as a publisher would send it: no
 * inline script or style, images from the site (and data:), Trusted Types
 * required with only the library's two policy names.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html news-elements";

/** The CDN build, the one file a no-build page loads. */
export const CDN_SCRIPT = '<script type="module" src="/cdn/news-elements.js"></script>';

/**
 * A minimal HTML page: `head` after the charset (the CDN script unless given),
 * then `body`.
 */
export const pageShell = ({ head = CDN_SCRIPT, body = '' } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8" />${head}</head><body>${body}</body></html>`;

/**
 * A new tab in `browser` (or in `context`) that records, from the start, the
 * errors the page throws (`errors`) and its console warnings (`warnings`).
 * `console` lists console message types that count as errors too ('error', 'warn');
 * `errors` is the list to collect into (one list for several tabs).
 * `viewport` sizes it; `init` runs in the page before any of its scripts.
 */
export async function newTab(browser, { context = browser, viewport, init, console: asErrors = [], errors = [] } = {}) {
  const page = await context.newPage();
  const warnings = [];
  // Firefox also reports the browser's own Content-Security-Policy and CORS refusals
  // as page errors (Chromium does not): nothing the page threw. The tests that care
  // read violations from securitypolicyviolation events and refusals from the element.
  const isReport = (text) =>
    text.startsWith('Content-Security-Policy: ') || text.startsWith('Cross-Origin Request Blocked: ');
  page.on('pageerror', (error) => {
    if (!isReport(error.message)) errors.push(error.message);
  });
  page.on('console', (message) => {
    if (asErrors.includes(message.type()) && !isReport(message.text())) errors.push(message.text());
    if (message.type() === 'warn') warnings.push(message.text());
  });
  if (viewport) await page.setViewport(viewport);
  if (init) await page.evaluateOnNewDocument(init);
  return { page, errors, warnings };
}

/** `newTab(browser, options)`, navigated to `url`. */
export async function open(browser, url, options) {
  const tab = await newTab(browser, options);
  await tab.page.goto(url);
  return tab;
}
