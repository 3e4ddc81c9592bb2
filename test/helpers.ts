/** What several element tests need: shadow-DOM queries, a reader's click, an axe audit. */
import { fixture, html, oneEvent } from '@open-wc/testing';

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/**
 * Clicks as a reader would; reports the `news-link-click` events, their
 * details, and whether the library prevented navigation.
 */
export function clickLink(target: HTMLElement, init: MouseEventInit = {}, type = 'click') {
  const events: CustomEvent[] = [];
  const record = (e: Event) => events.push(e as CustomEvent);
  let defaultPrevented: boolean | undefined;
  // Runs after the library's listeners; it keeps the test page from navigating away.
  const stop = (e: Event) => {
    defaultPrevented = e.defaultPrevented;
    e.preventDefault();
  };
  document.addEventListener('news-link-click', record);
  window.addEventListener(type, stop);
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, ...init }));
  document.removeEventListener('news-link-click', record);
  window.removeEventListener(type, stop);
  return { events, details: events.map((e) => e.detail), defaultPrevented };
}

type Axe = { run: (el: Element) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

/** axe-core's violations inside an element (shadow DOM included), one line each. */
export async function axeViolations(el: Element): Promise<string[]> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    document.head.append(script);
    await oneEvent(script, 'load');
  }
  const { violations } = await w.axe!.run(el);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/**
 * Mounts `<tag>` with these attributes and properties, gives it `data` (unless
 * undefined: then `src` or inline JSON is what loads) and waits for `news-load`,
 * listening before the element is connected so the event cannot be missed.
 */
export async function renderElement<E extends HTMLElement & { data?: unknown; updateComplete: Promise<unknown> }>(
  tag: string,
  data: unknown,
  attrs: Record<string, string> = {},
  props: Partial<E> = {},
) {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  const loaded = oneEvent(el, 'news-load');
  if (data !== undefined) el.data = data;
  await fixture(html`<div>${el}</div>`);
  const { detail } = await loaded;
  await el.updateComplete;
  return { el, warnings: detail.warnings as { path: string; message: string }[] };
}

/** Runs `run` with console.warn captured (and silent); returns each warning's arguments. */
export async function captureWarnings(run: () => unknown): Promise<unknown[][]> {
  const warned: unknown[][] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => warned.push(args);
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warned;
}

/** The contrast ratio (WCAG) of a computed CSS colour (`rgb()`, `rgba()` or `color(srgb …)`) drawn on white. */
export function contrastOnWhite(color: string): number {
  const numbers = color.match(/[\d.]+/g)!.map(Number);
  const [r, g, b] = color.startsWith('color(') ? numbers.slice(0, 3) : numbers.slice(0, 3).map((c) => c / 255);
  const alpha = numbers[3] ?? 1;
  const linear = (c: number) => {
    const v = c * alpha + (1 - alpha); // over white
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return 1.05 / (luminance + 0.05);
}
