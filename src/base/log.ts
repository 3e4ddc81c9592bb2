/** The one format for everything the library writes to the console. */
import type { Issue } from '../model/issues.js';

export function describeHost(host: Element): string {
  const src = host.getAttribute?.('src');
  return `<${host.localName}${src ? ` src="${src}"` : ''}>`;
}

export function report(host: Element, summary: string, issues: readonly Issue[] = []): void {
  console.warn(`[news-elements] ${describeHost(host)} ${summary}${issues.map((i) => `\n  ${i.path}: ${i.message}`).join('')}`);
}
