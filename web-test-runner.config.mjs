// Unit and element tests: test/**/*.test.ts in a real headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/dev/find-chrome.mjs';
import { fixtureServer } from './test/server/fixture-server.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/pages/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // The attack suites render thousands of documents per file: on a busy 2-core machine
  // that takes minutes, far past the default two. A test itself still fails at its own timeout.
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  middleware: [fixtureServer],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: await findChrome(), args: CHROME_ARGS, headless: true },
    }),
  ],
};
