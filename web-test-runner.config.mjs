// Unit and element tests: test/**/*.test.ts in a real browser. Chromium by
// default; `ENGINE=firefox` or `ENGINE=webkit` runs the same files in the other
// engines (`npm run test:browsers` runs both; test/support/engines.mjs finds them).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { currentEngine, ENGINES, puppeteerOptions, startWebKitDriver } from './test/support/engines.mjs';
import { describeGaps } from './test/support/engine-gaps.mjs';
import { fixtureServer } from './test/support/fixture-server.mjs';
import { windowSizePlugin } from './test/support/window-size-plugin.mjs';

const engine = currentEngine();
const missing = ENGINES[engine].missing();
if (missing) throw new Error(`${ENGINES[engine].label}: ${missing}. See docs/browser-support.md.`);
console.log(describeGaps(engine));

/** The fuzz files' budget: a share of the documents in `npm test`, all of them with FUZZ=full (`npm run test:fuzz`). */
const fuzzRuns = process.env.FUZZ === 'full' ? 40 : 8;

async function browser() {
  if (engine === 'webkit') {
    const driver = await startWebKitDriver();
    const launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: driver.capabilities,
    });
    // The launcher names itself from capabilities WebKitWebDriver does not take; name it for the report.
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (config) => {
      await initialize(config);
      launcher.name = ENGINES.webkit.label;
    };
    return launcher;
  }
  return chromeLauncher({ puppeteer, launchOptions: await puppeteerOptions(engine) });
}

export default {
  files: ['test/**/*.test.ts', '!test/pages/**'],
  nodeResolve: true,
  rootDir: '.',
  // Firefox and WebKit run one file at a time: keyboard input and focus need the only page
  // (test/support/engine-gaps.mjs says why for each).
  concurrency: engine === 'chromium' ? 2 : 1,
  // Budgets for a busy 2-core machine: a slow test fails on its assertion, not on a timer.
  testFramework: { config: { timeout: 20000 } },
  testsStartTimeout: 120000,
  testsFinishTimeout: 900000,
  browserStartTimeout: 120000,
  // What a test file may ask of the run: the engine it is in (for the gaps list) and the fuzz budget.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.NEWS_TEST = ${JSON.stringify({ engine, fuzzRuns })};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), windowSizePlugin],
  middleware: [fixtureServer],
  browsers: [await browser()],
};
