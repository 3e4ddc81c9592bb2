// The elements from React 19 (properties and `onnews-*` props, no wrapper), React 18
// (the @lit/react wrappers of news-elements/react) and Vue 3 (`:data`, `@news-load`):
// each app (test/frameworks/) renders the three elements and a broken document for each,
// bundled with esbuild from the npm build (dist/); each element must render and the app
// must receive news-load, news-error and news-link-click through the framework.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { ROOT, reply, startSuite, stopSuite } from '../support/server.mjs';

const REACT_18 = `${ROOT}test/frameworks/react18/node_modules/`;
const APPS = {
  react19: { entry: 'test/frameworks/react19.tsx' },
  // React 18 lives in its own folder: react-dom 18 cannot sit beside React 19.
  react18: {
    entry: 'test/frameworks/react18.tsx',
    alias: { react: `${REACT_18}react`, 'react-dom': `${REACT_18}react-dom` },
  },
  // The full build of Vue, with the template compiler the app's config sets up.
  vue: { entry: 'test/frameworks/vue.ts', alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
};

let server;
let browser;
const routes = {};
before(async () => {
  for (const [name, { entry, alias }] of Object.entries(APPS)) {
    const { outputFiles } = await build({
      entryPoints: [`${ROOT}${entry}`],
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2021',
      jsx: 'automatic',
      alias,
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      logLevel: 'error',
    });
    routes[`/${name}.js`] = reply(outputFiles[0].text, { type: 'text/javascript' });
    routes[`/${name}.html`] = reply(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div id="app"></div><script type="module" src="/${name}.js"></script></body></html>`,
    );
  }
  ({ server, browser } = await startSuite({ routes }));
});
after(() => stopSuite({ server, browser }));

const TAGS = ['news-article', 'news-photo', 'news-related'];

for (const name of Object.keys(APPS)) {
  test(`${name}: renders each element with its data property and receives news-load, news-error and news-link-click`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/${name}.html`);
    // Three loads and three errors, one per element.
    await page.waitForFunction(() => window.newsEvents?.length >= 6, { timeout: 20000 });
    const rendered = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const element = document.querySelector(tag);
          return [tag, element.state, !!element.shadowRoot.querySelector('figure, article, nav')];
        }),
      TAGS,
    );
    assert.deepEqual(
      rendered,
      TAGS.map((tag) => [tag, 'ready', true]),
    );

    // A reader follows the first link of the article and of the related block.
    for (const tag of ['news-article', 'news-related']) {
      await page.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('a[data-kind]').click(), tag);
    }
    await page.waitForFunction(() => window.newsEvents.filter((e) => e.type === 'news-link-click').length >= 2, {
      timeout: 10000,
    });

    const events = await page.evaluate(() => window.newsEvents);
    const seen = (type) =>
      events
        .filter((e) => e.type === type)
        .map((e) => e.tag)
        .sort();
    assert.deepEqual(seen('news-load'), TAGS);
    assert.deepEqual(seen('news-error'), TAGS);
    assert.deepEqual(seen('news-link-click'), ['news-article', 'news-related']);
    // The detail arrives whole: the article's headline, the photo's src, the related block's links.
    const loaded = Object.fromEntries(events.filter((e) => e.type === 'news-load').map((e) => [e.tag, e.what]));
    assert.match(loaded['news-article'], /Taliban|Russia|Moscow/i);
    assert.match(loaded['news-photo'], /^https?:.*\.jpg$/);
    assert.equal(typeof loaded['news-related'], 'number');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
