/**
 * The only I/O in the library: fetching a document for `src`.
 * One request per URL on the page, shared by every element that asks for it
 * (the latest 16 documents stay shared after they arrive); it is aborted when
 * the last element waiting for it stops waiting.
 */

/** Largest document we read, in bytes as sent (10 MB). */
const MAX_DOCUMENT_SIZE = 10 * 1024 * 1024;

/**
 * Media types a document is refused with, whatever its body: a page (a captive portal,
 * an error page) or a script. A script URL is not a feed, even when its body parses as
 * JSON. Everything else is read: JSON types, `text/plain` (raw file hosts) and none at all.
 */
const REFUSED_TYPES: Record<string, string> = {
  'text/html': 'HTML',
  'application/xhtml+xml': 'HTML',
  'text/javascript': 'JavaScript',
  'application/javascript': 'JavaScript',
  'application/x-javascript': 'JavaScript',
  'text/ecmascript': 'JavaScript',
  'application/ecmascript': 'JavaScript',
};

export interface FetchedDocument {
  /** The parsed JSON; the text itself when it was asked for as text (HTML for `format="html"`). */
  json: unknown;
  /** The URL the document came from after redirects: relative URLs inside it resolve against it. */
  url: string;
}

interface Entry {
  promise: Promise<FetchedDocument>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, Entry>();
/** How many fetched documents stay shared once they have arrived. */
const KEPT = 16;

/** How long a feed may take to send the whole document before the element gives up. */
const FETCH_TIMEOUT = 20_000;

async function request(url: string, controller: AbortController, asText: boolean): Promise<FetchedDocument> {
  const { signal } = controller;
  // A feed that never finishes answering would otherwise leave the element loading for good.
  const timer = setTimeout(
    () => controller.abort(new Error(`no complete answer from ${url} within ${FETCH_TIMEOUT / 1000} s`)),
    FETCH_TIMEOUT,
  );
  // Our own abort (the deadline) keeps its message; anything else on the wire is a network error.
  const failed = (): never => {
    throw signal.aborted
      ? signal.reason
      : new Error(`network error fetching ${url} (offline, blocked, or not allowed by CORS)`);
  };
  try {
    const response = await fetch(url, { signal, headers: { accept: asText ? 'text/html' : 'application/json' } }).catch(
      failed,
    );
    if (!response.ok)
      throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`);
    // Read no further than the limit, whatever the server says it sends.
    const tooLarge = (message: string): never => {
      const error = new Error(`document too large (${message})`);
      controller.abort(error);
      throw error;
    };
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!asText && REFUSED_TYPES[type]) {
      controller.abort();
      throw new Error(`${url} returned ${REFUSED_TYPES[type]}, not JSON`);
    }
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_DOCUMENT_SIZE) tooLarge(`${length} bytes; the limit is ${MAX_DOCUMENT_SIZE}`);
    let text = '';
    let bytes = 0;
    const decoder = new TextDecoder();
    const reader = response.body?.getReader();
    while (reader) {
      const chunk = await reader.read().catch(failed);
      if (chunk.done) break;
      // Bytes, not characters: 10 MB of CJK text is 3.5 million characters.
      bytes += chunk.value.byteLength;
      if (bytes > MAX_DOCUMENT_SIZE)
        tooLarge(`more than ${MAX_DOCUMENT_SIZE} bytes; the limit is ${MAX_DOCUMENT_SIZE}`);
      text += decoder.decode(chunk.value, { stream: true });
    }
    text += decoder.decode();
    return { json: asText ? text : parseJson(text, url), url: response.url || url };
  } finally {
    clearTimeout(timer);
  }
}

/** Parses JSON with a message a publisher can act on. */
export function parseJson(text: string, from: string): unknown {
  if (!text.trim()) throw new Error(`empty document from ${from}`);
  try {
    return JSON.parse(text);
  } catch {
    const start = text.trimStart().slice(0, 1);
    throw new Error(start === '<' ? `${from} returned HTML, not JSON` : `${from} is not valid JSON`);
  }
}

/**
 * Fetches the JSON document at an absolute URL (`asText`: its text, any type, for
 * `format="html"`). `signal` withdraws this caller only; the shared request is
 * aborted once nobody waits for it.
 */
export function fetchDocument(url: string, signal: AbortSignal, asText = false): Promise<FetchedDocument> {
  const key = asText ? `text ${url}` : url;
  let entry = requests.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, waiting: 0, settled: false, promise: request(url, controller, asText) };
    created.promise.then(
      () => {
        created.settled = true;
        // The latest few documents stay for elements that ask later; a page that shows
        // thousands of stories must not keep them all (the HTTP cache still may).
        const settled = [...requests].filter(([, e]) => e.settled);
        for (const [key] of settled.slice(0, -KEPT)) requests.delete(key);
      },
      // A failure is not kept: the next element that asks tries again.
      () => {
        if (requests.get(key) === created) requests.delete(key);
      },
    );
    requests.set(key, (entry = created));
  }
  const shared = entry;
  shared.waiting++;
  return new Promise<FetchedDocument>((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      shared.waiting--;
      signal.removeEventListener('abort', withdraw);
    };
    const withdraw = () => {
      if (done) return;
      finish();
      if (!shared.settled && shared.waiting === 0) {
        shared.controller.abort();
        if (requests.get(key) === shared) requests.delete(key);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return withdraw();
    signal.addEventListener('abort', withdraw);
    shared.promise.then(
      (value) => {
        if (done) return;
        finish();
        resolve(value);
      },
      (error) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
  });
}
