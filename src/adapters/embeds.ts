/**
 * Videos and social posts recognised by their URLs: the one place that knows
 * what a YouTube, Vimeo, Dailymotion, X or Instagram URL looks like.
 */
import type { SocialProvider, VideoProvider } from './types.js';

export interface VideoRef {
  provider: VideoProvider;
  id: string;
  start?: number;
}

const VIDEO: [VideoProvider, RegExp][] = [
  [
    'youtube',
    /^https?:\/\/(?:[\w-]+\.)?(?:youtube(?:-nocookie)?\.com\/(?:embed\/|shorts\/|live\/|v\/|watch\?(?:[^#]*&)?v=)|youtu\.be\/)([\w-]{11})(?![\w-])/i,
  ],
  ['vimeo', /^https?:\/\/(?:player\.)?vimeo\.com\/(?:video\/|channels\/[\w-]+\/)?(\d{1,12})(?!\d)/i],
  [
    'dailymotion',
    /^https?:\/\/(?:www\.)?(?:dailymotion\.com\/(?:embed\/)?video\/|dai\.ly\/|geo\.dailymotion\.com\/player(?:\/\w+)?\.html\?video=)([a-z0-9]{5,12})/i,
  ],
];

/** The video a page or player URL points to, or undefined. `//host` URLs count as https. */
export function videoFromUrl(raw: string): VideoRef | undefined {
  const url = raw.trim().replace(/^\/\//, 'https://');
  for (const [provider, pattern] of VIDEO) {
    const m = pattern.exec(url);
    if (!m) continue;
    const ref: VideoRef = { provider, id: m[1] };
    // YouTube's start time: `t=90`, `t=1m30s` or `start=90`.
    const t = /[?&#](?:t|start)=(?:(\d+)h)?(?:(\d+)m)?(\d+)s?(?:&|$)/.exec(url);
    if (provider === 'youtube' && t) ref.start = Number(t[1] ?? 0) * 3600 + Number(t[2] ?? 0) * 60 + Number(t[3]);
    return ref;
  }
  return undefined;
}

const SOCIAL: [SocialProvider, RegExp][] = [
  ['x', /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(\w{1,15})\/status(?:es)?\/\d+/i],
  ['instagram', /^https?:\/\/(?:www\.)?instagram\.com\/(?:([\w.]+)\/)?(?:p|reel|tv)\/[\w-]+/i],
  ['tiktok', /^https?:\/\/(?:www\.)?tiktok\.com\/@([\w.]+)\/video\/\d+/i],
  ['bluesky', /^https?:\/\/bsky\.app\/profile\/([\w.:-]+)\/post\/\w+/i],
  ['threads', /^https?:\/\/(?:www\.)?threads\.(?:net|com)\/@([\w.]+)\/post\/[\w-]+/i],
  [
    'facebook',
    /^https?:\/\/(?:www\.|m\.)?facebook\.com\/(?:([\w.]+)\/(?:posts|videos)\/|permalink\.php|story\.php|watch\/)/i,
  ],
];

export interface SocialRef {
  provider: SocialProvider;
  /** The account as the URL names it, when it does (`@handle` for X, TikTok, Threads). */
  handle?: string;
}

/** The social network a post URL belongs to, or undefined. */
export function socialFromUrl(raw: string): SocialRef | undefined {
  const url = raw.trim();
  for (const [provider, pattern] of SOCIAL) {
    const m = pattern.exec(url);
    if (!m) continue;
    const handle = m[1] && provider !== 'facebook' && provider !== 'bluesky' ? `@${m[1]}` : m[1];
    return handle ? { provider, handle } : { provider };
  }
  return undefined;
}

/** The host of a URL, for messages (`www.google.com`), or the value itself when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url.replace(/^\/\//, 'https://')).host || url;
  } catch {
    return url.slice(0, 60);
  }
}

/** `raw` resolved against `base` when that gives a URL; otherwise `raw` as it was (the model judges it). */
export function resolveUrl(raw: string, base?: string): string {
  const value = raw.trim();
  if (!base) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** A date the model reads (ISO 8601), from what a source wrote; undefined when it is not a date. */
export function isoDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const value = raw.trim();
  // Already ISO 8601 (WordPress's `date_gmt` lacks its zone: it is UTC).
  if (/^\d{4}-\d\d-\d\d/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
