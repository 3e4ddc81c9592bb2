// No layout shift: every box an image, the video facade or a card will fill is
// reserved from the document before the image bytes arrive. The server holds
// every image response back until the elements have rendered, then lets them go;
// the layout-shift entries recorded after that first render must sum to 0.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { ROOT, reply, startSuite, stopSuite, until } from '../support/server.mjs';
import { newTab } from '../support/page.mjs';
import { skipForGap } from '../support/engines.mjs';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <style>body { margin: 0 auto; max-width: 60rem; padding: 0 1rem; font: 16px/1.5 Georgia, serif; }</style>
    <script type="module" src="/cdn/news-elements.js"></script>
  </head>
  <body>
    <p>Text before the embeds.</p>
    <news-article src="/demo/articles/seed.json"></news-article>
    <news-photo src="/demo/photos/lead.json"></news-photo>
    <news-related src="/demo/related/seed-related.json" layout="cards"></news-related>
    <p id="after">Text after the embeds.</p>
  </body>
</html>`;

// The control: an image without width and height does shift what follows, so the
// measurement below can see a shift when there is one.
const CONTROL = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /></head>
<body><p>Before.</p><img src="/demo/images/related-1.jpg" alt="" /><p>After.</p></body></html>`;

let server;
let browser;
let release;
let held;
const images = readdirSync(`${ROOT}/demo/images`);

/** Image responses wait for `release()`; `held` counts the requests that waited. */
function holdImages() {
  let open;
  const gate = new Promise((resolve) => (open = resolve));
  held = 0;
  release = open;
  return Object.fromEntries(
    images.map((name) => [
      `/demo/images/${name}`,
      async (req, res) => {
        held++;
        await gate;
        res.writeHead(200, {
          'content-type': name.endsWith('.png') ? 'image/png' : 'image/jpeg',
          'cache-control': 'no-store',
        });
        res.end(readFileSync(`${ROOT}/demo/images/${name}`));
      },
    ]),
  );
}

let routes = {};
before(
  async () => ({ server, browser } = await startSuite({ routes: new Proxy({}, { get: (_, path) => routes[path] }) })),
);
after(async () => {
  release?.();
  await stopSuite({ server, browser });
});

/** Every <img> in the page, inside shadow roots too. */
const allImages = () => {
  const found = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'img') found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return found;
};

/**
 * Loads `html` at `width`, waits for the first render (`ready`), holds the images,
 * releases them, waits until every image has loaded and returns the shifts since.
 */
async function shiftsAfterImagesLoad(html, width, ready) {
  routes = { ...holdImages(), '/page.html': reply(html) };
  // Tall enough that every image is in the viewport: all of them load, and a shift anywhere counts.
  const { page, errors } = await newTab(browser, { viewport: { width, height: 12000 } });
  await page.evaluateOnNewDocument(() => {
    window.shifts = [];
    // Nodes inside shadow roots are not exposed by the entry: find the box that moved, and what precedes it.
    const describe = (element) =>
      element
        ? `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}>`
        : 'nothing';
    const at = (rect) => {
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          const box = element.getBoundingClientRect();
          if (Math.abs(box.x - rect.x) < 1 && Math.abs(box.y - rect.y) < 1 && Math.abs(box.width - rect.width) < 1)
            return element;
          const inner = element.shadowRoot && walk(element.shadowRoot);
          if (inner) return inner;
        }
      };
      return walk(document);
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.shifts.push({
          value: entry.value,
          startTime: entry.startTime,
          sources: entry.sources.map(({ previousRect: a, currentRect: b }) => {
            const moved = at(b);
            return `${describe(moved)} after ${describe(moved?.previousElementSibling)} moved from ${a.x},${a.y} to ${b.x},${b.y}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url}/page.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(ready);
  const rendered = await page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
  );
  const waiting = await page.evaluate(`(${allImages})().filter((img) => !img.complete).length`);
  await until(() => held >= 1); // the lead image's request reaches the server a moment after the first render
  const heldBeforeRelease = held;
  release();
  await page.waitForFunction(`(${allImages})().every((img) => img.complete && img.naturalWidth > 0)`, {
    timeout: 20000,
  });
  const result = await page.evaluate(
    (since) =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => resolve(window.shifts.filter((s) => s.startTime >= since)), 100),
          ),
        ),
      ),
    rendered,
  );
  const loaded = await page.evaluate(`(${allImages})().length`);
  await page.close();
  return { shifts: result, waiting, heldBeforeRelease, loaded, errors };
}

const allReady = () =>
  ['news-article', 'news-photo', 'news-related'].every(
    (tag) => document.querySelector(tag)?.getAttribute('state') === 'ready',
  );

for (const width of [375, 768, 1280]) {
  test(
    `no layout shift at ${width}px while images, the video poster and cards load`,
    skipForGap('layout-instability'),
    async () => {
      const { shifts, waiting, heldBeforeRelease, loaded, errors } = await shiftsAfterImagesLoad(PAGE, width, allReady);
      // The images really were late: the boxes were laid out without them.
      assert.ok(heldBeforeRelease >= 1, 'the lead image was requested and held');
      assert.ok(waiting >= 8, `images still loading at first render: ${waiting}`);
      assert.ok(loaded >= 8, `images on the page: ${loaded}`);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      assert.equal(total, 0, `layout shift ${total} from ${JSON.stringify(shifts)}`);
      assert.deepEqual(errors, []);
    },
  );
}

test(
  'control: an image without width and height does shift the text after it',
  skipForGap('layout-instability'),
  async () => {
    const { shifts } = await shiftsAfterImagesLoad(CONTROL, 375, () => document.readyState !== 'loading');
    assert.ok(shifts.reduce((sum, s) => sum + s.value, 0) > 0, 'the measurement sees a shift');
  },
);
