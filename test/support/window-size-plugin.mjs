// A test-runner command for engines that have no viewport command (WebKit over
// WebDriver): `set-window-size` sets the browser window's outer size through
// WebDriver's Set Window Rect. test/support/engine.ts turns a viewport into it.
import { XVFB_SCREEN } from './engines.mjs';

// Under Xvfb there is no window manager: keyboard focus follows the pointer, which
// rests at the middle of the screen. The window's top-left corner sits just above
// and left of it, so the pointer stays over the window's toolbar (never over the
// page, where it would hover something) at every size, and the page keeps focus.
const corner = { x: XVFB_SCREEN.width / 2 - 20, y: XVFB_SCREEN.height / 2 - 20 };

export const windowSizePlugin = {
  name: 'news-window-size',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-window-size') return undefined;
    // The WebDriver launcher keeps its webdriverio session as `driver`.
    const driver = session.browser.type === 'webdriver' ? session.browser.driver : undefined;
    if (!driver) throw new Error(`set-window-size works over WebDriver only, not for ${session.browser.type}`);
    await driver.setWindowRect(corner.x, corner.y, payload.width, payload.height);
    return true;
  },
};
