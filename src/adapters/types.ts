/**
 * What the adapters write: an Article document with the v2 blocks of the
 * contract (`/CONTRACT.md`, "v2 additions"). Typed here, in one place, until
 * the model's own types (`ArticleDocument`, `BlockDocument`) hold every v2
 * block; then these become aliases of those.
 */
import type { Issue } from '../model/issues.js';
import type { InlineDocument } from '../model/schema.js';

export type { Issue };

/** Rich text as documents write it; adapters write plain strings or `{html}` fragments. */
export type Inline = InlineDocument;

export interface PhotoOut {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
  srcset?: { src: string; width: number }[];
  caption?: Inline;
  credit?: string;
  creditUrl?: string;
  copyright?: string;
  license?: string;
  title?: string;
  focalPoint?: { x: number; y: number };
}

export interface RelatedOut {
  title?: string;
  links: { url: string; title: string; label?: string; description?: string; image?: PhotoOut; datePublished?: string }[];
}

export interface ListItemOut {
  text: Inline;
  items: (Inline | ListItemOut)[];
  ordered?: boolean;
}

export type SocialProvider = 'x' | 'instagram' | 'tiktok' | 'bluesky' | 'mastodon' | 'facebook' | 'threads';
export type VideoProvider = 'youtube' | 'vimeo' | 'dailymotion';

export type BlockOut =
  | { type: 'paragraph'; text: Inline }
  | { type: 'heading'; text: Inline; level?: 2 | 3 | 4 | 5 | 6 }
  | ({ type: 'photo' } & PhotoOut)
  | { type: 'quote'; text: Inline | Inline[]; cite?: string; variant?: 'pull' }
  | { type: 'list'; ordered?: boolean; items: (Inline | ListItemOut)[] }
  | { type: 'embed'; provider: VideoProvider; id: string; title?: string; caption?: Inline; start?: number; poster?: PhotoOut }
  | { type: 'link'; title: string; url: string; label?: string }
  | ({ type: 'related' } & RelatedOut)
  | { type: 'divider' }
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

export type BlockType = BlockOut['type'];

export interface AuthorOut {
  name: string;
  url?: string;
  jobTitle?: string;
  organization?: string;
}

export interface ArticleOut {
  headline?: string;
  url?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  section?: string;
  label?: string;
  dateline?: string;
  description?: Inline;
  authors?: AuthorOut[];
  datePublished?: string;
  dateModified?: string;
  image?: PhotoOut;
  body?: BlockOut[];
  related?: RelatedOut;
  tags?: string[];
  publisher?: { name: string; url?: string; logo?: string };
  corrections?: { text: Inline; date?: string }[];
}

/**
 * What every adapter returns: our document, and what could not be carried over,
 * each with its path in the *source* document (`content_elements[4].type`,
 * `content.rendered:12:5` for line 12, column 5 of an HTML field).
 */
export interface AdapterResult {
  document: ArticleOut;
  warnings: Issue[];
}
