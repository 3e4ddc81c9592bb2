/** Renders a normalised Photo as a figure: image, caption, labelled credit. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Photo } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderInline } from './inline.js';
import { cssVars } from '../directives/css-vars.js';

export interface PhotoOptions {
  strings: UiStrings;
  /** The lead image of a page: fetched eagerly with high priority. Otherwise lazy. */
  eager?: boolean;
  /** The `sizes` attribute for the srcset. */
  sizes?: string;
}

/** The default `sizes`: our column is at most about 48rem wide. */
const DEFAULT_SIZES = '(min-width: 48rem) 48rem, 100vw';

// A broken image disappears; its caption and credit stay. A later good load brings it back: the
// <img> turns eager, because a lazy one that is display:none is never loaded (so says the spec)
// and the next document's image in its place would stay hidden.
const hideBroken = (event: Event) =>
  Object.assign(event.currentTarget as HTMLImageElement, { hidden: true, loading: 'eager' });
const showLoaded = (event: Event) => ((event.currentTarget as HTMLImageElement).hidden = false);

function renderImage(photo: Photo, { eager, sizes = DEFAULT_SIZES }: PhotoOptions): TemplateResult | typeof nothing {
  if (!photo.src) return nothing;
  const candidates = (photo.srcset ?? []).filter((c) => c.src);
  const srcset = candidates.length ? candidates.map((c) => `${c.src} ${c.width}w`).join(', ') : undefined;
  const ratio = photo.width && photo.height ? `auto ${photo.width} / ${photo.height}` : undefined;
  const focal = photo.focalPoint ? `${photo.focalPoint.x * 100}% ${photo.focalPoint.y * 100}%` : undefined;
  return html`<img
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
  />`;
}

/** The credit line: "Photo: NAME", linked when the document gives a creditUrl. */
function renderCredit(photo: Photo, strings: UiStrings): TemplateResult | typeof nothing {
  if (!photo.credit && !photo.copyright) return nothing;
  const name = photo.creditUrl
    ? html`<a part="credit-link" href=${photo.creditUrl} data-kind="body">${photo.credit}</a>`
    : photo.credit;
  const copyright = photo.copyright
    ? html` <span part="copyright">${photo.copyright.startsWith('©') ? '' : '© '}${
        photo.license ? html`<a href=${photo.license} data-kind="body">${photo.copyright}</a>` : photo.copyright
      }</span>`
    : nothing;
  return html`<span part="credit">${
    photo.credit ? html`<span part="credit-label">${strings.photo}</span> ${name}` : nothing
  }${copyright}</span>`;
}

export function renderPhoto(photo: Photo, options: PhotoOptions): TemplateResult {
  const hasCaption = photo.caption?.length || photo.credit || photo.copyright || photo.title;
  return html`<figure part="figure">
    ${renderImage(photo, options)}
    ${
      hasCaption
        ? html`<figcaption part="caption">
          ${photo.caption?.length ? html`<span part="caption-text">${renderInline(photo.caption)}</span>` : nothing}
          ${renderCredit(photo, options.strings)}
          ${photo.title ? html`<span part="slug">${photo.title}</span>` : nothing}
        </figcaption>`
        : nothing
    }
  </figure>`;
}
