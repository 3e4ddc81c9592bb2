/**
 * Registration that never throws: a page may load the library twice (from npm
 * and from a CDN). A tag that is already defined is left alone, with one warning.
 */
import { warn } from './base/log.js';

export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  if (registry.get(tag)) {
    warn(`<${tag}> is already defined; keeping the existing definition.`);
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    warn(`could not define <${tag}>: ${(error as Error).message}`);
  }
}
