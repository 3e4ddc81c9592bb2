/**
 * Registration that never throws: a page may load the library twice (from npm
 * and from a CDN). A tag that is already defined is left alone, and one warning
 * names all the tags a copy of the library found taken.
 */
import { warn } from './base/log.js';

/** Tags found already defined in this task, warned about together once it ends. */
let taken: string[] = [];

export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  if (registry.get(tag)) {
    // The registration modules of one copy run in one task: their tags make one warning.
    if (taken.push(`<${tag}>`) === 1) {
      queueMicrotask(() => {
        warn(
          `${taken.join(', ')} ${taken.length > 1 ? 'are' : 'is'} already defined; keeping the existing definition.`,
        );
        taken = [];
      });
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    warn(`could not define <${tag}>: ${(error as Error).message}`);
  }
}
