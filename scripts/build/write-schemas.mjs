// Writes dist/schema/{article,photo,related}.schema.json (JSON Schema draft
// 2020-12) from the same shapes that validate documents at run time
// (dist/model/schema.js, built just before). The descriptions live here, not in
// the runtime bundle, where every byte is paid on every page view.
import { mkdirSync, writeFileSync } from 'node:fs';
import { SCHEMAS, PhotoSchema, RelatedSchema } from '../../dist/model/schema.js';
import { INLINE_TAGS, VISIBLE } from '../../dist/model/rich-text/nodes.js';

/** The html allowlist as the contract writes it: `a[href] b strong … abbr[title] …`. */
const ALLOWLIST = INLINE_TAGS.map(
  (tag) => ({ a: 'a[href]', abbr: 'abbr[title]', time: 'time[datetime]' })[tag] ?? tag,
).join(' ');

const DESCRIPTIONS = {
  headline: "The story's headline. Required.",
  url: 'The canonical URL of the story or the link target.',
  lang: 'BCP 47 language tag of the document, e.g. "en" or "ar"; sets dates, strings and direction.',
  dir: 'Text direction; by default it follows the language.',
  section: 'The kicker shown above the headline.',
  description: 'The standfirst.',
  datePublished: 'ISO 8601 date or date-time.',
  dateModified: 'ISO 8601 date or date-time; shown as "Updated" when later than datePublished.',
  image: 'The lead photo.',
  body: 'The blocks of the story, in order.',
  related: 'A related-links block shown after the body.',
  src: "The image URL: http:, https: or relative (resolved against the document's URL when fetched).",
  alt: 'Text alternative for the image. Missing alt text is a warning.',
  width: 'Intrinsic width in pixels; with height it reserves the box before the image loads.',
  height: 'Intrinsic height in pixels.',
  credit: 'Who made the image, e.g. "ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images". Shown labelled "Photo:".',
  focalPoint: 'The point to keep in view when the image is cropped; x and y from 0 to 1.',
  caption: 'Rich text: the caption of the image, video or table.',
  links: 'The related links, in order. Links without a title, or whose URL is refused, are left out or shown as text.',
  id: 'The video id at its provider: 11 characters for YouTube, digits for Vimeo, "x…" for Dailymotion.',
  start: 'Start the video at this many seconds.',
  level: "Heading level as if the headline were h1 (2 to 6); offset from the element's heading-level, at most h6.",
  variant:
    '"pull": a display quote that repeats words of the story; hidden from screen readers, who read them in the text.',
  items: 'The list items: rich text, or {text, items, ordered} with a list of its own (nested at most 5 deep).',
  ordered: 'Whether the list is numbered.',
  language: 'The language of the code, shown as a label (the code is never highlighted).',
  head: 'Header rows: lists of cells (rich text), each a column header.',
  rows: 'Body rows: lists of cells (rich text).',
  rowHeaders: 'Whether the first cell of each body row is its header.',
  align: 'Alignment of each column: "start", "center" or "end".',
  // v2: media and notes.
  images: 'The photos of a gallery, two or more (one is shown as a photo block, with a warning).',
  player: 'Your Dailymotion player id (Dailymotion Studio, "Players" tab); without it the generic player is used.',
  tracks: 'Caption or subtitle tracks (WebVTT) of a video file.',
  duration: 'Length in seconds.',
  transcript: 'URL of the transcript of an audio file.',
  provider: 'Where the video or post lives.',
  author: 'Who wrote the post, as the card shows it.',
  handle: 'The author\'s handle at the provider, e.g. "@jane@example.social".',
  kind: 'What the note or track is.',
  jobTitle: 'The author\'s role, e.g. "Moscow correspondent".',
  organization: 'The organisation the author writes for, e.g. a news agency.',
  label: "The story's kind, shown apart from the section: Opinion, Analysis, Sponsored… (JSON-LD genre).",
  dateline: 'Where the story was filed, e.g. "MOSCOW".',
  corrections: 'Corrections to the story, listed at its end and in the JSON-LD.',
};

/** Fields whose meaning depends on the object that holds them, by owner (see ownerOf). */
const OWNED = {
  photo: { title: 'The agency slug, e.g. "RUSSIA-AFGHANISTAN-DIPLOMACY-CONFLICT"; shown small under the credit.' },
  related: { title: 'The heading of the block (default: the localised word for "Related").' },
  relatedLink: { title: 'The text of the link.' },
  embed: { title: 'The title of the video: it names the play button and the player.' },
  link: { title: 'The title of the linked story.' },
  // v2: media and notes.
  video: { title: 'The title of the video: it names the player.' },
  audio: { title: 'The title of the recording: it names the player. Required.' },
  aside: { title: 'The heading of the fact box; it also names the aside landmark.' },
};

/** Which OWNED entry applies to an object: the photo and related shapes are shared, blocks go by their tag. */
function ownerOf(shape, tag) {
  if (shape.of === PhotoSchema.of) return 'photo';
  if (shape.of === RelatedSchema.of) return 'related';
  if (shape.of === RelatedSchema.of.links.of.of) return 'relatedLink';
  return tag;
}

const INLINE = {
  description: `Rich text: a plain string (never parsed as HTML), a list of spans, or {"html": "…"} reduced to the allowlist (${ALLOWLIST}; lang and dir on any).`,
  anyOf: [
    { type: 'string' },
    {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string' },
          {
            type: 'object',
            properties: {
              text: { type: 'string' },
              href: { type: 'string', format: 'uri-reference' },
              strong: { type: 'boolean' },
              em: { type: 'boolean' },
              code: { type: 'boolean' },
              note: {
                $ref: '#/$defs/Inline',
                description:
                  'A footnote: a numbered reference after the span, the note listed at the end of the article.',
              },
            },
            required: ['text'],
          },
        ],
      },
    },
    { type: 'object', properties: { html: { type: 'string' } }, required: ['html'] },
  ],
};

function convert(shape, key, defs, root, owner) {
  const json = (() => {
    // Every photo (lead, photo block, poster, related image) is one definition; opt() copies the shape, not its fields.
    if (shape.of === PhotoSchema.of && root !== PhotoSchema)
      return ((defs.Photo ??= objectSchema(shape, defs, root)), { $ref: '#/$defs/Photo' });
    switch (shape.t) {
      case 'string':
        return { type: 'string', ...(shape.re ? { pattern: shape.re.source } : {}) };
      case 'number':
        return { type: shape.int ? 'integer' : 'number', minimum: shape.min, maximum: shape.max };
      case 'boolean':
        return { type: 'boolean' };
      case 'enum':
        return { enum: [...shape.of] };
      case 'date':
        return { type: 'string', pattern: shape.re.source };
      case 'url':
        return {
          type: 'string',
          format: 'uri-reference',
          description:
            shape.kind === 'link'
              ? 'An http:, https:, mailto:, tel: or relative URL; any other scheme is refused.'
              : 'An http:, https: or relative URL; any other scheme is refused.',
        };
      case 'inline':
        defs.Inline ??= INLINE;
        // Only the plain-string form of blank text can be told here; the model finds the rest.
        return shape.filled
          ? { $ref: '#/$defs/Inline', if: { type: 'string' }, then: { pattern: VISIBLE.source } }
          : { $ref: '#/$defs/Inline' };
      case 'array':
        return {
          type: 'array',
          ...(shape.filled ? { minItems: shape.min ?? 1 } : {}),
          items: convert(shape.of, undefined, defs, root),
        };
      case 'paragraphs': {
        const one = convert({ t: 'inline', filled: shape.filled }, undefined, defs, root);
        return {
          anyOf: [one, { type: 'array', ...(shape.filled ? { minItems: 1 } : {}), items: { $ref: '#/$defs/Inline' } }],
        };
      }
      case 'item':
        // Rich text alone, or the object (whose text field is the same rich text).
        return { anyOf: [convert(shape.of.of[shape.key], undefined, defs, root), objectSchema(shape.of, defs, root)] };
      case 'cut':
        return { description: shape.msg };
      case 'object':
        return objectSchema(shape, defs, root);
      case 'variant':
        return { oneOf: variantOptions(shape, defs, root) };
    }
  })();
  const description = key && (OWNED[owner]?.[key] ?? DESCRIPTIONS[key]);
  return description && !json.$ref ? { description, ...json } : json;
}

/**
 * One object schema per tag; a member that is a variant itself (an embed by provider) gives
 * one per inner tag, its fields described as the outer tag's (`owner`).
 */
function variantOptions(shape, defs, root, owner) {
  return Object.entries(shape.of).flatMap(([tag, option]) => {
    const objects =
      option.t === 'variant'
        ? variantOptions(option, defs, root, tag)
        : [objectSchema(option, defs, root, owner ?? tag)];
    return objects.map((object) => ({
      ...object,
      properties: { [shape.key]: { const: tag }, ...object.properties },
      required: [shape.key, ...(object.required ?? [])],
    }));
  });
}

function objectSchema(shape, defs, root, tag) {
  const owner = ownerOf(shape, tag);
  const properties = {};
  const required = [];
  for (const [key, field] of Object.entries(shape.of)) {
    properties[key] = convert(field, key, defs, root, owner);
    if (!field.opt) required.push(key);
  }
  return { type: 'object', properties, ...(required.length ? { required } : {}) };
}

const TITLES = { article: 'Article', photo: 'Photo', related: 'Related' };
mkdirSync('dist/schema', { recursive: true });
for (const [kind, shape] of Object.entries(SCHEMAS)) {
  const defs = {};
  const body = objectSchema(shape, defs, shape);
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/news-elements/dist/schema/${kind}.schema.json`,
    title: `news-elements ${TITLES[kind]}`,
    description: `A ${TITLES[kind]} document for <news-${kind}>. Unknown fields are ignored.`,
    ...body,
    ...(Object.keys(defs).length ? { $defs: defs } : {}),
  };
  writeFileSync(`dist/schema/${kind}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
}
console.log('dist/schema: article, photo, related');
