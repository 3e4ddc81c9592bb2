/** The one format for everything the library writes to the console. */
import type { Issue } from '../model/issues.js';

export const warn = (message: string): void => console.warn(`[news-elements] ${message}`);

/**
 * A warning about one element (named with its `src`), with the issues one per line;
 * an adapter's (`format`) are marked with their format, their paths being in that source.
 */
export function report(host: Element, summary: string, issues: readonly Issue[] = []): void {
  const src = host.getAttribute?.('src');
  warn(
    `<${host.localName}${src ? ` src="${src}"` : ''}> ${summary}${issues.map((i) => `\n  ${i.source ? `[${i.source}] ` : ''}${i.path}: ${i.message}`).join('')}`,
  );
}
