// Finds a Chromium for tests and page-level scripts, so that `npm install` then
// `npm test` works on a machine with nothing but Node: CHROME_PATH, then an
// installed Chrome or Chromium, then the binary inside @sparticuz/chromium.
import { existsSync } from 'node:fs';

const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

export async function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const installed = INSTALLED.find((path) => existsSync(path));
  if (installed) return installed;
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

/** Flags for a headless run on a closed network, as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** puppeteer-core launched with that browser. */
export async function launchBrowser(options = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: await findChrome(), args: CHROME_ARGS, headless: true, ...options });
}
