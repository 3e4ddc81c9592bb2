/**
 * In the browser: the engine a test file runs in (set by web-test-runner.config.mjs)
 * and the other ways the suite shows a behaviour where that engine lacks a command
 * (test/support/engine-gaps.mjs lists them, and every run prints them).
 */
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { gapsOf } from './engine-gaps.mjs';

type RunSettings = { engine?: string; fuzzRuns?: number };
const settings: RunSettings = (window as unknown as { NEWS_TEST?: RunSettings }).NEWS_TEST ?? {};

/** chromium, firefox or webkit. */
export const ENGINE = settings.engine ?? 'chromium';

/** The narrowest a MiniBrowser window gets is about 450px (its toolbar); more than this is a failure. */
const MIN_WINDOW_WIDTH = 480;
/** Whether this engine has the gap `id` of test/support/engine-gaps.mjs. */
export const lacks = (id: string) => gapsOf(ENGINE).some((gap: { id: string }) => gap.id === id);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Sets the size the page lays out at. Where the engine has no viewport command,
 * the browser window is resized so that its viewport gets that size: media and
 * container queries see the same width.
 */
export async function resizeViewport(size: { width: number; height: number }): Promise<void> {
  if (!lacks('viewport')) {
    await setViewport(size);
    return;
  }
  // The window's own bars and borders, which the outer size includes.
  const width = size.width + window.outerWidth - window.innerWidth;
  const height = size.height + window.outerHeight - window.innerHeight;
  await executeServerCommand('set-window-size', { width, height });
  for (const end = Date.now() + 5000; window.innerWidth !== size.width && Date.now() < end;) await nextFrame();
  if (window.innerWidth === size.width) return;
  // A window is no narrower than its toolbar (see the gaps list): the test runs at the narrowest it gets.
  if (lacks('narrow-window') && size.width < window.innerWidth && window.innerWidth < MIN_WINDOW_WIDTH) {
    console.log(
      `[engines] ${ENGINE}: asked for a ${size.width}px viewport; the window stops at ${window.innerWidth}px`,
    );
    return;
  }
  throw new Error(`${ENGINE}: asked for a ${size.width}px viewport, got ${window.innerWidth}px`);
}

/**
 * Runs `check` while `el` is shown as printed, then back on screen. Where print
 * media cannot be emulated, the element's own `@media print` rules are added to
 * its shadow root as screen rules: `check` then sees what those rules do.
 */
export async function whilePrinted(el: HTMLElement, check: () => void | Promise<void>): Promise<void> {
  if (!lacks('print-media')) {
    await emulateMedia({ media: 'print' });
    try {
      await check();
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    return;
  }
  const root = el.shadowRoot!;
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet!)];
  const printRules = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  if (!printRules.length) throw new Error(`<${el.localName}> has no @media print rules to apply`);
  const asScreen = new CSSStyleSheet();
  asScreen.replaceSync(printRules.join('\n'));
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, asScreen];
  try {
    await nextFrame();
    await check();
  } finally {
    root.adoptedStyleSheets = before;
  }
}
