/**
 * A social post as a static card, built from the document's own fields only:
 * author, handle, text, date, image and a link to the original. No provider
 * script, no frame, no request to the provider, ever: the only URLs are the
 * document's (its image is loaded like any photo; the links are plain links).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BlockOf } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { formatDate } from '../i18n/format.js';
import { renderInline } from './inline.js';
import { renderPhoto } from './photo.js';

export type SocialBlock = BlockOf<'social'>;

/** The provider's name as readers know it (a proper noun: not translated). */
export const SOCIAL_NAMES: Record<SocialBlock['provider'], string> = {
  x: 'X',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  threads: 'Threads',
};

export interface SocialOptions {
  strings: UiStrings;
  lang?: string;
}

/** "View the post by Jane Doe on Bluesky": the link names whose post it is and where it lives. */
export const postLinkText = (block: SocialBlock, strings: UiStrings): string =>
  strings.viewPost.replace('{a}', block.author.name).replace('{p}', SOCIAL_NAMES[block.provider]);

export function renderSocial(block: SocialBlock, { strings, lang }: SocialOptions): TemplateResult {
  const { author, url } = block;
  const name = author.url
    ? html`<a part="social-author" dir="auto" href=${author.url} data-kind="body">${author.name}</a>`
    : html`<span part="social-author" dir="auto">${author.name}</span>`;
  const linkText = postLinkText(block, strings);
  return html`<figure part="social">
    <figcaption part="social-header">
      ${name}${author.handle ? html` <span part="social-handle" dir="ltr">${author.handle}</span>` : nothing}
    </figcaption>
    ${block.text?.length ? html`<blockquote part="social-text">${renderInline(block.text)}</blockquote>` : nothing}
    ${block.image ? renderPhoto(block.image, { strings }) : nothing}
    <p part="social-footer">
      ${block.datePublished ? html`<time part="social-date" datetime=${block.datePublished}>${formatDate(block.datePublished, lang)}</time>` : nothing}
      ${
        url
          ? html`<a part="social-link" href=${url} data-kind="body">${linkText}</a>`
          : html`<span part="social-link">${linkText}</span>`
      }
    </p>
  </figure>`;
}

/** The styles of the parts this module renders (adopted by the element with the module). */
export { socialStyles as styles } from './social.styles.js';
