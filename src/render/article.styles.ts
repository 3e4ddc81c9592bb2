import { css } from 'lit';

/**
 * The story's typography. Text sits in a centred column (`--news-measure`); the
 * lead photo and videos may run wider (`--news-wide`). Colours mix from
 * `currentColor`, so the story reads on light and dark pages alike; sides are
 * logical, so right-to-left stories mirror.
 */
export const articleStyles = css`
  article {
    --_accent: var(--news-accent-color, currentColor);
    --_m: var(--news-measure, 40rem);
  }
  header > *, [part~='body'] > *, [part~='footer'] {
    box-sizing: border-box;
    max-width: var(--_m);
    margin: 0 auto var(--_space);
  }
  [part~='lead'], article > [part~='related'] {
    max-width: var(--news-wide, 60rem);
    margin-inline: auto;
  }
  h1, h2, h3, h4, h5, h6 {
    font-family: var(--news-headline-font-family, inherit);
    line-height: 1.2;
    text-wrap: balance;
  }
  [part~='section'], [part~='promo-label'] {
    color: var(--_accent);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  [part~='section'] {
    margin-bottom: 0.5em;
  }
  /* v2: the story's kind (Opinion, Analysis…), apart from its section; the dateline and authors' roles. */
  [part~='label'] {
    width: fit-content;
    margin-bottom: 0.5em;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 700;
  }
  [part~='dateline'] {
    font-weight: 600;
    text-transform: uppercase;
  }
  [part~='author-role'] {
    font-weight: 400;
  }
  [part~='headline'] {
    font-size: clamp(1.6em, 1em + 2.8cqi, 2.7em);
    line-height: 1.1;
    letter-spacing: -0.01em;
    margin-bottom: 0.4em;
  }
  [part~='standfirst'] {
    font-size: 1.2em;
    line-height: 1.45;
  }
  [part~='meta'] {
    gap: 0.25em 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='author'] {
    font-weight: 600;
  }
  [part~='lead'] {
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  [part~='body'] > [part~='heading'] {
    font-size: 1.35em;
    margin-block: 1.6em 0.5em;
  }
  [part~='body'] > h4, [part~='body'] > h5, [part~='body'] > h6 {
    font-size: 1.15em;
  }
  [part~='quote'] {
    margin-block: 1.8em;
    padding-inline-start: 1.2em;
    border-inline-start: 3px solid var(--_accent);
  }
  blockquote {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.35;
    font-weight: 500;
  }
  blockquote > p {
    margin: 0;
  }
  blockquote > p + p {
    margin-top: 0.6em;
  }
  blockquote > p:first-child::before {
    content: open-quote;
  }
  blockquote > p:last-child::after {
    content: close-quote;
  }
  /* A pull quote: display type between rules, no side rule; it repeats the text (see renderQuote). */
  [part~='pull-quote'] {
    padding: 0.6em 0;
    border: 0;
    border-block: 2px solid var(--_accent);
    text-align: center;
  }
  [part~='pull-quote'] blockquote {
    font-size: 1.55em;
    font-family: var(--news-headline-font-family, inherit);
    line-height: 1.25;
  }
  cite {
    font-style: normal;
  }
  cite::before {
    content: '— ' / '';
  }
  [part~='list'] {
    padding-inline-start: 1.4em;
  }
  [part~='list'] li + li,
  [part~='nested-list'] {
    margin-top: 0.35em;
  }
  [part~='nested-list'] {
    margin-bottom: 0;
  }
  [part~='divider'] {
    width: 6rem;
    border: 0;
    border-top: 1px solid var(--_rule);
    margin-block: 2em;
  }
  [part~='promo'] {
    margin-block: 1.6em;
    padding: 0.7em 1em;
    border-inline-start: 3px solid var(--_accent);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 5%, transparent);
  }
  [part~='promo-label'] {
    display: block;
    font-size: 0.7em;
  }
  [part~='promo-link'] {
    font-weight: 700;
    line-height: 1.35;
    text-decoration: none;
  }
  [part~='promo-link']:hover {
    text-decoration: underline;
  }
  article > [part~='related'] {
    margin-top: calc(var(--_space) * 2.5);
  }
  [part~='footer'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_rule);
  }
  [part~='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='tag'] {
    padding: 0.15em 0.75em;
    border: 1px solid var(--_rule);
    border-radius: 1em;
    font-size: 0.8em;
  }
  [part~='publisher'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The document gives no logo size: a fixed wordmark-shaped box, so nothing moves when it loads. */
  [part~='publisher-logo'] {
    width: 8em;
    height: 2em;
    object-fit: contain;
    object-position: 0;
  }
  [part~='publisher-logo']:dir(rtl) {
    object-position: 100%;
  }
  @container (min-width: 40rem) {
    article {
      font-size: 1.0625em;
    }
    [part~='lead'] figcaption {
      max-width: var(--_m);
    }
  }
  @media print {
    article {
      font-size: 11pt;
    }
    [part~='related'] img {
      display: none;
    }
    figure, blockquote, [part~='promo'], [part~='code'] {
      break-inside: avoid;
    }
    h1, h2, h3, h4, h5, h6 {
      break-after: avoid;
    }
    [part~='body'] a[href]:not([href^='#'])::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
  }
  /* The sections after the body (footnotes, corrections; their other styles come with their on-demand code). */
  [part~='notes'], [part~='corrections'] {
    box-sizing: border-box;
    max-width: var(--_m);
    margin-inline: auto;
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_rule);
  }
`;
