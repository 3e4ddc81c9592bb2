// The three browser engines the suite runs in, found on this machine: Chromium
// (always: scripts/dev/find-chrome.mjs falls back to the npm package), Firefox ESR
// and WebKitGTK's MiniBrowser from Debian's packages. Nothing is downloaded.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { CHROME_ARGS, findChrome } from '../../scripts/dev/find-chrome.mjs';
import { gapsOf } from './engine-gaps.mjs';

/** The one command that installs the two other engines (Debian/Ubuntu, as root). */
export const INSTALL_ENGINES = 'apt-get update && apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER = [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'];
const MINIBROWSER = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB_RUN = ['/usr/bin/xvfb-run'];
const first = (paths) => paths.find((path) => path && existsSync(path));

export const findFirefox = () => first(FIREFOX);

/** WebKit needs its WebDriver, the MiniBrowser it drives, and a virtual display (it has no headless mode). */
export function findWebKit() {
  const driver = first(WEBKIT_DRIVER);
  const browser = first(MINIBROWSER);
  const xvfbRun = first(XVFB_RUN);
  return driver && browser && xvfbRun ? { driver, browser, xvfbRun } : undefined;
}

/** The engines this suite knows, by the name `ENGINE=` takes; `missing()` says what is not installed. */
export const ENGINES = {
  chromium: { label: 'Chromium', missing: () => undefined },
  firefox: { label: 'Firefox', missing: () => (findFirefox() ? undefined : 'firefox-esr is not installed') },
  webkit: {
    label: 'WebKit',
    missing: () => (findWebKit() ? undefined : 'WebKitWebDriver, MiniBrowser or xvfb-run is not installed'),
  },
};

/** The engine a run is for: `ENGINE=chromium|firefox|webkit`, Chromium when unset. */
export function currentEngine() {
  const engine = process.env.ENGINE || 'chromium';
  if (!ENGINES[engine]) throw new Error(`ENGINE=${engine}: expected one of ${Object.keys(ENGINES).join(', ')}`);
  return engine;
}

/** Firefox preferences for tests: a page in a background window still gets focus and timers. */
export const FIREFOX_PREFS = {
  'focusmanager.testmode': true,
  'dom.min_background_timeout_value': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
};

/** puppeteer-core launch options for an engine (Chromium or Firefox; WebKit is not driven by puppeteer). */
export async function puppeteerOptions(engine) {
  if (engine === 'firefox') {
    return { browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: FIREFOX_PREFS };
  }
  return { executablePath: await findChrome(), args: CHROME_ARGS, headless: true };
}

/** The virtual screen WebKit runs on (test/support/window-size-plugin.mjs places windows on it). */
export const XVFB_SCREEN = { width: 1920, height: 1200 };

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts WebKitWebDriver under a virtual display on a free port; resolves when it
 * answers. The driver and the display stop with this process.
 */
export async function startWebKitDriver() {
  const found = findWebKit();
  if (!found) throw new Error(`WebKit is not installed: ${INSTALL_ENGINES}`);
  const port = await freePort();
  const screen = `-screen 0 ${XVFB_SCREEN.width}x${XVFB_SCREEN.height}x24`;
  const child = spawn(found.xvfbRun, ['-a', '-s', screen, found.driver, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  // Killed rather than finished: stop them too, then die of the same signal.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      process.kill(process.pid, signal);
    });
  }
  for (const end = Date.now() + 30000; Date.now() < end;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    stop,
    capabilities: { 'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] } },
  };
}

/**
 * node:test options for a page test that the current engine cannot run: `{ skip: reason }`
 * for a gap of test/support/engine-gaps.mjs, so the run prints why; `{}` where it runs.
 */
export function skipForGap(gapId) {
  const engine = currentEngine();
  const gap = gapsOf(engine).find((g) => g.id === gapId);
  if (!gap) return {};
  return { skip: `${ENGINES[engine].label}: ${gap.what}` };
}
