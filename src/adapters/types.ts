/**
 * What the adapters write: an Article document with the v2 blocks of the
 * contract (`/CONTRACT.md`, "v2 additions"). The model (src/model/schema.ts) is the
 * one definition of our documents: what it already holds is its types here
 * (`PhotoDocument`, `RelatedDocument`, the v1 blocks, the article's fields). Only what
 * the model does not hold yet is written out below, as the v2 delta; once the
 * model holds a v2 block or field, its line here goes and the model's type takes over.
 */
import type { Issue } from '../model/issues.js';
import type { ArticleDocument, BlockDocument, InlineDocument, PhotoDocument, RelatedDocument } from '../model/schema.js';

export type { Issue };

/** Rich text as documents write it; adapters write plain strings or `{html}` fragments. */
export type Inline = InlineDocument;

export type PhotoOut = PhotoDocument;
export type RelatedOut = RelatedDocument;

// ---- v2, not in the model yet --------------------------------------------------

/** v2: a list item with a nested list. */
export interface ListItemOut {
  text: Inline;
  items: (Inline | ListItemOut)[];
  ordered?: boolean;
}

export type SocialProvider = 'x' | 'instagram' | 'tiktok' | 'bluesky' | 'mastodon' | 'facebook' | 'threads';
export type VideoProvider = 'youtube' | 'vimeo' | 'dailymotion';

/** The v1 blocks whose v2 shape is wider (rich-text headings, levels 5–6, multi-paragraph and pull quotes, nested lists, more video providers). */
type Widened = 'heading' | 'quote' | 'list' | 'embed';
type EmbedDocument = Extract<BlockDocument, { type: 'embed' }>;

/** The v2 shapes of the widened blocks, and the v2 blocks the model does not read yet. */
type BlockV2 =
  | { type: 'heading'; text: Inline; level?: 2 | 3 | 4 | 5 | 6 }
  | { type: 'quote'; text: Inline | Inline[]; cite?: string; variant?: 'pull' }
  | { type: 'list'; ordered?: boolean; items: (Inline | ListItemOut)[] }
  | (Omit<EmbedDocument, 'provider'> & { provider: VideoProvider })
  | { type: 'code'; text: string; language?: string }
  | { type: 'table'; caption?: Inline; head?: Inline[][]; rows: Inline[][]; rowHeaders?: boolean }
  | { type: 'gallery'; images: PhotoOut[]; caption?: Inline }
  | { type: 'video'; src: string; poster?: PhotoOut; width?: number; height?: number; title?: string; caption?: Inline }
  | { type: 'audio'; src: string; title: string; duration?: number; caption?: Inline }
  | {
      type: 'social';
      provider: SocialProvider;
      url: string;
      author: { name: string; handle?: string; url?: string };
      text?: Inline;
      datePublished?: string;
      image?: PhotoOut;
    }
  | { type: 'aside'; title?: string; body: BlockOut[] }
  | { type: 'note'; kind: 'correction' | 'update' | 'editors-note'; text: Inline; date?: string };

/** A block as the adapters write it: the model's v1 blocks, and the v2 ones. */
export type BlockOut = Exclude<BlockDocument, { type: Widened }> | BlockV2;

/** An author: the model's, with the v2 `jobTitle` and `organization`. */
export type AuthorOut = NonNullable<ArticleDocument['authors']>[number] & { jobTitle?: string; organization?: string };

/**
 * The article: the model's fields, with the v2 blocks, authors, `label`, `dateline` and
 * `corrections`; `headline` may be missing (a source without one: the model then says so).
 */
export type ArticleOut = Omit<ArticleDocument, 'headline' | 'body' | 'authors'> & {
  headline?: string;
  label?: string;
  dateline?: string;
  authors?: AuthorOut[];
  body?: BlockOut[];
  corrections?: { text: Inline; date?: string }[];
};

/**
 * What every adapter returns: our document, and what could not be carried over,
 * each with its path in the *source* document (`content_elements[4].type`,
 * `content.rendered:12:5` for line 12, column 5 of an HTML field).
 */
export interface AdapterResult {
  document: ArticleOut;
  warnings: Issue[];
}
