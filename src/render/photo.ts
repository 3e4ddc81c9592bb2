/** Renders a normalised Photo as a figure: image, caption, labelled credit. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Photo } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderInline } from './inline.js';
import { cssVars } from './css-vars.js';

export interface PhotoOptions {
  strings: UiStrings;
  /** The lead image of a page: fetched eagerly with high priority. Otherwise lazy. */
  eager?: boolean;
  /** The `sizes` attribute for the srcset. */
  sizes?: string;
}

/** The default `sizes`: our column is at most about 48rem wide. */
const DEFAULT_SIZES = '(min-width: 48rem) 48rem, 100vw';

// A broken image disappears; its caption and credit stay. A later good load brings it back.
const hideBroken = (event: Event) => ((event.currentTarget as HTMLImageElement).hidden = true);
const showLoaded = (event: Event) => ((event.currentTarget as HTMLImageElement).hidden = false);

function renderImage(photo: Photo, { eager, sizes = DEFAULT_SIZES }: PhotoOptions): unknown {
  if (!photo.src) return nothing;
  const candidates = (photo.srcset ?? []).filter((c) => c.src);
  const srcset = candidates.length ? candidates.map((c) => `${c.src} ${c.width}w`).join(', ') : undefined;
  const ratio = photo.width && photo.height ? `auto ${photo.width} / ${photo.height}` : undefined;
  const focal = photo.focalPoint ? `${photo.focalPoint.x * 100}% ${photo.focalPoint.y * 100}%` : undefined;
  // A new image gets a new <img>: one hidden after an error would otherwise stay hidden (lazy and
  // display:none, a browser following the spec never loads it).
  return keyed(`${photo.src} ${srcset}`, html`<img
    part="image"
    src=${photo.src}
    srcset=${ifDefined(srcset)}
    sizes=${ifDefined(srcset && sizes)}
    alt=${photo.alt ?? ''}
    width=${ifDefined(photo.width)}
    height=${ifDefined(photo.height)}
    loading=${eager ? 'eager' : 'lazy'}
    decoding=${eager ? 'auto' : 'async'}
    fetchpriority=${ifDefined(eager ? 'high' : undefined)}
    style=${cssVars({ '--_ratio': ratio, '--_focal': focal })}
    @error=${hideBroken}
    @load=${showLoaded}
  />`);
}

/** The credit line: "Photo: NAME", linked when the document gives a creditUrl. */
function renderCredit(photo: Photo, strings: UiStrings): TemplateResult | typeof nothing {
  if (!photo.credit && !photo.copyright) return nothing;
  const name = photo.creditUrl ? html`<a part="credit-link" href=${photo.creditUrl} data-kind="body">${photo.credit}</a>` : photo.credit;
  const copyright = photo.copyright
    ? html` <span part="copyright">${photo.copyright.startsWith('©') ? '' : '© '}${photo.license
          ? html`<a href=${photo.license} data-kind="body">${photo.copyright}</a>`
          : photo.copyright}</span>`
    : nothing;
  return html`<span part="credit">${photo.credit
      ? html`<span part="credit-label">${strings.photo}</span> ${name}`
      : nothing}${copyright}</span>`;
}

export function renderPhoto(photo: Photo, options: PhotoOptions): TemplateResult {
  const hasCaption = photo.caption?.length || photo.credit || photo.copyright || photo.title;
  return html`<figure part="figure">
    ${renderImage(photo, options)}
    ${hasCaption
      ? html`<figcaption part="caption">
          ${photo.caption?.length ? html`<span part="caption-text">${renderInline(photo.caption)}</span>` : nothing}
          ${renderCredit(photo, options.strings)}
          ${photo.title ? html`<span part="slug">${photo.title}</span>` : nothing}
        </figcaption>`
      : nothing}
  </figure>`;
}
