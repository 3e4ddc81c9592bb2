/**
 * The playground: the JSON in the editor, rendered by the real element as the
 * publisher types, with every problem the element reports listed by path.
 * It uses only the public element API: `data`, `src`, attributes and events.
 */
import { JsonSyntaxError, lineColumn, locate, scan } from './json-text.js';
import { TAGS, cdnSnippet, npmSnippet, srcSnippet } from './snippets.js';

const $ = (id) => document.getElementById(id);
const editor = $('json');
const kindSelect = $('kind');
const stage = $('stage');
const frame = $('frame');
const problemList = $('problems');
const summary = $('summary');
const controls = ['lang', 'dir', 'level', 'layout', 'limit', 'width', 'dark'];
const DEFAULTS = { lang: '', dir: '', level: '2', layout: 'list', limit: '', width: '720', dark: false };
const STORAGE_KEY = 'news-elements:playground';
/** Longest share link we hand out: chat apps and mail clients cut longer ones. */
const MAX_LINK = 8000;

/**
 * kind: the document type. format: what the text is (`news`: our JSON; else the
 * element's `format` converts it). base: the URL the document came from, when it did
 * (relative URLs in it resolve against it, as with `src`). src: that URL while
 * the editor still holds exactly what was fetched; the preview then uses `src`.
 */
const state = { kind: 'article', format: 'news', base: undefined, src: undefined, fetched: undefined };
const formatSelect = $('format');
/** What each format is called in the page's messages. */
const FORMAT_NAMES = {
  news: 'our JSON',
  wordpress: 'a WordPress post',
  ans: 'an Arc XP (ANS) story',
  'schema.org': 'schema.org JSON-LD',
  html: 'HTML',
};
let preview;
/** The last document that parsed, for the snippets while the text does not. */
let lastGood;

// ---- the document --------------------------------------------------------

const URL_FIELDS = new Set(['url', 'src', 'href', 'logo', 'creditUrl', 'license']);
// Only plain paths are resolved here; anything stranger is left for the element's URL policy to judge.
const PLAIN_RELATIVE = /^[\w\-.~/]+$/;

/** The document with plain relative URLs resolved against `base`, as `src` would resolve them. */
function resolveUrls(value, base, key) {
  if (!base) return value;
  if (Array.isArray(value)) return value.map((item) => resolveUrls(item, base));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveUrls(v, base, k)]));
  }
  return URL_FIELDS.has(key) && typeof value === 'string' && PLAIN_RELATIVE.test(value)
    ? new URL(value, base).href
    : value;
}

function guessKind(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if ('headline' in value) return 'article';
  if (Array.isArray(value.links)) return 'related';
  if ('src' in value) return 'photo';
  return undefined;
}

/**
 * The format `text` looks like, or undefined when it is neither HTML nor JSON: HTML
 * text; an ANS story (`content_elements`, or `type: "story"` with `headlines`); a
 * WordPress REST post (`title.rendered`, `content.rendered`); schema.org JSON-LD
 * (`@type`, `@graph` or `@context`, alone or in a list); else our own JSON.
 */
function guessFormat(text) {
  if (/^\s*</.test(text)) return 'html';
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first !== 'object') return undefined;
  if ('@type' in first || '@graph' in first || '@context' in first) return 'schema.org';
  if (Array.isArray(first.content_elements) || (first.type === 'story' && first.headlines)) return 'ans';
  if (first.title?.rendered !== undefined || first.content?.rendered !== undefined) return 'wordpress';
  return 'news';
}

/** Sets the format (another one than ours is always an article); `said`: the status line that tells why. */
function setFormat(format, said) {
  state.format = formatSelect.value = format;
  if (format !== 'news') state.kind = kindSelect.value = 'article';
  $('json-label').textContent = format === 'html' ? 'HTML' : 'JSON';
  $('format-status').textContent = said ?? '';
}

function parse(text) {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    // JSON.parse knows that the text is wrong; our scanner knows where.
    try {
      scan(text);
    } catch (found) {
      if (found instanceof JsonSyntaxError) return { error: found.message, at: found.at };
    }
    return { error: error.message, at: 0 };
  }
}

// ---- the preview element -------------------------------------------------

/** The attributes the publisher chose, defaults left out: what the snippets write. */
function chosenAttributes() {
  const v = readControls();
  const out = [];
  if (state.format !== 'news') out.push(['format', state.format]);
  if (v.lang) out.push(['lang', v.lang]);
  if (v.dir) out.push(['dir', v.dir]);
  if (state.kind === 'article' && v.level !== DEFAULTS.level) out.push(['heading-level', v.level]);
  if (state.kind === 'related' && v.layout !== DEFAULTS.layout) out.push(['layout', v.layout]);
  if (state.kind === 'related' && v.limit) out.push(['limit', v.limit]);
  return out;
}

function applyControls() {
  const v = readControls();
  $('level').disabled = state.kind !== 'article';
  $('layout').disabled = $('limit').disabled = state.kind !== 'related';
  $('width-out').value = `${v.width} px`;
  frame.style.width = `${v.width}px`;
  stage.classList.toggle('dark', v.dark);
  if (!preview) return;
  for (const name of ['format', 'lang', 'dir', 'heading-level', 'layout', 'limit']) preview.removeAttribute(name);
  // The defaults are set outright on the preview, so it never sees a removed, empty value.
  if (state.kind === 'article') preview.setAttribute('heading-level', DEFAULTS.level);
  if (state.kind === 'related') preview.setAttribute('layout', DEFAULTS.layout);
  for (const [name, value] of chosenAttributes()) preview.setAttribute(name, value);
}

/** A fresh element of the current kind (the old one, and its pending events, go away). */
function newPreview() {
  preview?.remove();
  preview = document.createElement(TAGS[state.kind]);
  preview.id = 'preview';
  applyControls();
  return preview;
}

function show(value) {
  if (!preview || preview.localName !== TAGS[state.kind] || preview.src) frame.append(newPreview());
  // Our JSON's plain relative URLs are resolved here; an adapter resolves its source's itself, against `base`.
  preview.base = state.format === 'news' ? undefined : state.base;
  preview.data = state.format === 'news' ? resolveUrls(value, state.base) : value;
}

function showSrc(url) {
  frame.append(newPreview());
  setSummary('Loading…');
  preview.src = url;
}

// ---- problems ------------------------------------------------------------

function setSummary(text, tone = '') {
  summary.textContent = text;
  summary.className = tone;
}

/**
 * Where a problem is in the editor's text, as `[start, end]`, or undefined. A path is in the
 * text when the text is our JSON, or when the problem is the adapter's (`source`): then the
 * path is in the pasted source, HTML's by line and column (`html:14:3`).
 */
function placeOf(item) {
  if (item.at !== undefined) return [item.at, item.at + 1];
  if (state.format !== 'news' && !item.source) return undefined;
  const [, field, line, column] = /^(.*?)(?::(\d+):(\d+))?$/.exec(item.path);
  if (state.format !== 'html') return locate(editor.value, field);
  if (!line) return undefined;
  const lines = editor.value.split('\n');
  let at = Number(column) - 1;
  for (let i = 0; i < Number(line) - 1 && i < lines.length; i++) at += lines[i].length + 1;
  return [at, at + 1];
}

/** items: `{severity, path?, where?, message, at?, source?}`; a click selects the place in the editor. */
function listProblems(items) {
  problemList.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      li.className = item.severity;
      const button = document.createElement('button');
      button.type = 'button';
      const tag = document.createElement('span');
      tag.className = 'severity';
      tag.textContent = item.severity === 'error' ? 'Error' : 'Warning';
      const where = document.createElement('code');
      where.textContent = item.where ?? item.path;
      button.append(tag, ' ');
      // With another format, say which document a path is in: the source pasted, or our converted one.
      if (state.format !== 'news' && item.path) {
        const origin = document.createElement('span');
        origin.className = 'origin';
        origin.textContent = item.source ? 'source' : 'converted';
        button.append(origin, ' ');
      }
      button.append(where, ' ', item.message);
      button.addEventListener('click', () => {
        const range = placeOf(item);
        if (range) selectInEditor(range);
      });
      li.append(button);
      return li;
    }),
  );
}

function selectInEditor([start, end]) {
  const text = editor.value;
  const { line, column } = lineColumn(text, start);
  editor.focus();
  editor.setSelectionRange(start, Math.min(end, text.length));
  // Bring the place near the top; the editor does not wrap lines, so a line is one line-height.
  // Again after the next frame: the browser's own reveal of the selection comes late and puts it at the bottom edge.
  const style = getComputedStyle(editor);
  const scroll = () => {
    editor.scrollTop = Math.max(0, (line - 3) * (parseFloat(style.lineHeight) || 20));
    editor.scrollLeft = Math.max(0, (column - 20) * charWidth(style));
  };
  scroll();
  requestAnimationFrame(scroll);
}

let measuredCharWidth;
function charWidth(style) {
  if (!measuredCharWidth) {
    const context = document.createElement('canvas').getContext('2d');
    context.font = style.font;
    measuredCharWidth = context.measureText('0').width || 8;
  }
  return measuredCharWidth;
}

stage.addEventListener('news-load', (event) => {
  if (event.target !== preview) return;
  const { warnings } = event.detail;
  const converting = warnings.filter((w) => w.source).length;
  const split =
    state.format === 'news'
      ? ''
      : ` (${converting} from converting ${FORMAT_NAMES[state.format]}, ${warnings.length - converting} from the validator)`;
  setSummary(
    warnings.length
      ? `Renders, with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}${split}: these parts are left out or changed.`
      : 'No problems: every part renders.',
    warnings.length ? 'warn' : 'ok',
  );
  listProblems(warnings.map((w) => ({ severity: 'warning', ...w })));
});

stage.addEventListener('news-error', (event) => {
  if (event.target !== preview) return;
  const { message, issues } = event.detail;
  setSummary(`Cannot be shown: ${message}.`, 'error');
  listProblems(issues.map((issue) => ({ severity: 'error', ...issue })));
});

// ---- editing -------------------------------------------------------------

let timer;
function scheduleUpdate() {
  clearTimeout(timer);
  timer = setTimeout(update, 200);
}

/** Renders the editor's text: through `src` while it is what was fetched, else as `data`. */
function update() {
  clearTimeout(timer);
  const text = editor.value;
  // HTML is given to the element as it is; every other format is JSON.
  const parsed = state.format === 'html' ? { value: text } : parse(text);
  $('stale').hidden = !parsed.error;
  stage.classList.toggle('stale', !!parsed.error);
  if (parsed.error) {
    const { line, column } = lineColumn(text, parsed.at);
    setSummary('Not valid JSON yet.', 'error');
    listProblems([
      { severity: 'error', where: `line ${line}, column ${column}`, message: parsed.error, at: parsed.at },
    ]);
  } else {
    lastGood = { kind: state.kind, format: state.format, value: parsed.value, base: state.base };
    if (state.src && text === state.fetched) {
      if (!preview || preview.src !== state.src || preview.localName !== TAGS[state.kind]) showSrc(state.src);
    } else {
      state.src = undefined;
      show(parsed.value);
    }
  }
  updateSnippets();
  describeBase();
  save();
}

function describeBase() {
  $('base').textContent = state.base
    ? `Relative URLs resolve against ${state.base}, where the document was loaded from (as they would with src).`
    : 'Relative URLs resolve against this page (as they would with inline JSON or data).';
}

/** Replaces the whole text, when `undoable` in a way the browser's undo can take back. */
function replaceText(text, undoable) {
  const focused = document.activeElement;
  if (undoable) {
    editor.focus();
    editor.select();
    document.execCommand?.('insertText', false, text);
  }
  if (editor.value !== text) editor.value = text;
  editor.setSelectionRange(0, 0);
  editor.scrollTop = 0;
  focused?.focus?.();
}

/**
 * Loads a document from a URL: the preview gets it through `src` (so it shows
 * exactly what `src` does, errors included) and the editor gets its text.
 */
async function loadUrl(url, kindHint, undoable = true) {
  const status = $('url-status');
  let absolute;
  try {
    absolute = new URL(url, location.href).href;
  } catch {
    status.textContent = `"${url}" is not a URL.`;
    return;
  }
  $('url').value = url;
  status.textContent = `Loading ${url}…`;
  let text;
  try {
    const response = await fetch(absolute, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
    status.textContent = '';
  } catch (error) {
    status.textContent = `Could not read ${url} into the editor (${error.message}); the preview shows what src does with it.`;
  }
  let guessed;
  const format = text === undefined ? undefined : guessFormat(text);
  if (format)
    setFormat(
      format,
      format === 'news' ? '' : `This looks like ${FORMAT_NAMES[format]}: the element converts it (format="${format}").`,
    );
  try {
    guessed = text === undefined || state.format !== 'news' ? undefined : guessKind(JSON.parse(text));
  } catch {
    /* not JSON: the preview says so */
  }
  state.kind = kindSelect.value = state.format !== 'news' ? 'article' : (kindHint ?? guessed ?? state.kind);
  showSrc(absolute);
  // Nothing to edit: the editor keeps its text, and the next edit previews that again.
  if (text === undefined) return;
  Object.assign(state, { base: absolute, src: absolute, fetched: text });
  replaceText(text, undoable);
  update();
}

// A paste that replaces everything is a new document: it resolves against the page, and its type is guessed.
// Its text is read from the editor once it is in (the input event that follows the paste), not from the
// paste event's clipboardData, which not every engine fills for every paste.
let pastedOverEverything = false;
editor.addEventListener('paste', () => {
  pastedOverEverything = editor.selectionStart === 0 && editor.selectionEnd === editor.value.length;
});

editor.addEventListener('input', () => {
  if (pastedOverEverything) {
    pastedOverEverything = false;
    takePastedDocument(editor.value);
  }
  scheduleUpdate();
});

/** A pasted whole document: forget where the last one came from, and guess its type. */
function takePastedDocument(text) {
  Object.assign(state, { base: undefined, src: undefined, fetched: undefined });
  $('url').value = '';
  const format = guessFormat(text ?? '');
  if (format && format !== state.format) {
    setFormat(
      format,
      format === 'news'
        ? 'This looks like our own JSON: the format is set back to match.'
        : `This looks like ${FORMAT_NAMES[format]}: the element converts it (format="${format}").`,
    );
    applyControls();
  }
  if (state.format !== 'news') return;
  let kind;
  try {
    kind = guessKind(JSON.parse(text));
  } catch {
    return;
  }
  if (kind && kind !== state.kind) {
    state.kind = kindSelect.value = kind;
    $('url-status').textContent =
      `This looks like a ${kindSelect.selectedOptions[0].textContent.replace(/ \(.*/, '')} document: the type is set to match.`;
  }
}

formatSelect.addEventListener('change', () => {
  setFormat(formatSelect.value);
  applyControls();
  update();
});

kindSelect.addEventListener('change', () => {
  state.kind = kindSelect.value;
  // The adapters write articles: a photo or related block is our JSON.
  if (state.kind !== 'article' && state.format !== 'news') setFormat('news');
  state.src = undefined;
  applyControls();
  update();
});

$('load').addEventListener('submit', (event) => {
  event.preventDefault();
  const url = $('url').value.trim();
  if (url) loadUrl(url);
});

for (const button of document.querySelectorAll('[data-src]')) {
  button.addEventListener('click', () => loadUrl(button.dataset.src, button.dataset.kind));
}

for (const name of controls) {
  $(name).addEventListener(name === 'width' ? 'input' : 'change', () => {
    applyControls();
    updateSnippets();
    save();
  });
}

// ---- controls, storage and links ------------------------------------------

function readControls() {
  const out = {};
  for (const name of controls) out[name] = name === 'dark' ? $(name).checked : $(name).value;
  return out;
}

function writeControls(values = {}) {
  for (const name of controls) {
    const value = values[name] ?? DEFAULTS[name];
    if (name === 'dark') $(name).checked = value === true || value === 'true';
    else $(name).value = value;
  }
}

function save() {
  const saved = {
    kind: state.kind,
    format: state.format,
    base: state.base,
    url: $('url').value,
    text: editor.value,
    controls: readControls(),
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Storage full or disabled: the playground still works, it just forgets.
  }
}

function restore(saved) {
  state.kind = kindSelect.value = TAGS[saved.kind] ? saved.kind : 'article';
  setFormat(FORMAT_NAMES[saved.format] ? saved.format : 'news');
  state.base = saved.base || undefined;
  $('url').value = saved.url ?? '';
  writeControls(saved.controls);
  editor.value = saved.text ?? '';
  applyControls();
  update();
}

const toBase64Url = (bytes) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (text) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const squeeze = (bytes, Stream) =>
  new Response(new Blob([bytes]).stream().pipeThrough(new Stream('deflate-raw'))).arrayBuffer();

async function shareLink() {
  const params = new URLSearchParams({ type: state.kind });
  if (state.format !== 'news') params.set('format', state.format);
  if (state.base)
    params.set('base', state.base.startsWith(location.origin) ? state.base.slice(location.origin.length) : state.base);
  const v = readControls();
  for (const name of controls) if (v[name] !== DEFAULTS[name]) params.set(name, v[name]);
  params.set(
    'doc',
    toBase64Url(new Uint8Array(await squeeze(new TextEncoder().encode(editor.value), CompressionStream))),
  );
  return `${location.origin}${location.pathname}#${params}`;
}

/** A shared link's state, or `{src}` for a link that names a document URL (the gallery's). */
async function readFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has('src')) return { src: params.get('src'), kind: params.get('type') ?? undefined };
  if (!params.has('doc')) return undefined;
  const text = new TextDecoder().decode(await squeeze(fromBase64Url(params.get('doc')), DecompressionStream));
  const base = params.get('base');
  return {
    kind: params.get('type'),
    format: params.get('format') ?? 'news',
    text,
    base: base ? new URL(base, location.href).href : undefined,
    controls: Object.fromEntries(controls.filter((name) => params.has(name)).map((name) => [name, params.get(name)])),
  };
}

$('share').addEventListener('click', async () => {
  const status = $('share-status');
  const link = await shareLink();
  if (link.length > MAX_LINK) {
    status.textContent = `This document is too large for a link (${Math.round(link.length / 1000)} kB compressed); share the JSON file instead.`;
    return;
  }
  $('share-link').value = link;
  $('share-link').parentElement.hidden = false;
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = 'Link copied.';
  } catch {
    $('share-link').select();
    status.textContent = 'Select the link and copy it.';
  }
});

// ---- snippets --------------------------------------------------------------

function updateSnippets() {
  $('snippet-note').hidden = !lastGood || $('stale').hidden;
  if (!lastGood) return;
  // Another format goes in as it is: the element converts it, as it did here.
  const value = lastGood.format === 'news' ? resolveUrls(lastGood.value, lastGood.base) : lastGood.value;
  const attributes = chosenAttributes();
  $('cdn-snippet').textContent = cdnSnippet(lastGood.kind, value, attributes);
  $('npm-snippet').textContent = npmSnippet(lastGood.kind, value, attributes);
  $('src-snippet').textContent = srcSnippet(lastGood.kind, value, attributes, state.src || undefined);
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const status = $('copy-status');
    const pre = $(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(pre.textContent);
      status.textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren(pre);
      status.textContent = 'Selected: copy it with Ctrl+C or ⌘C.';
    }
  });
}

// ---- start -----------------------------------------------------------------

async function start() {
  let shared;
  try {
    shared = await readFragment();
  } catch {
    $('url-status').textContent = 'The link is damaged: it holds no readable document.';
  }
  // Once read, the fragment goes: later reloads show the latest edits, kept in storage.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    /* nothing usable saved */
  }
  if (shared?.src) {
    writeControls(saved?.controls);
    return loadUrl(shared.src, shared.kind, false);
  }
  if (shared) return restore(shared);
  if (saved?.text) return restore(saved);
  writeControls();
  // A first visit: a container as wide as the preview column allows, and the seed story.
  $('width').value = Math.max(320, Math.min(1200, Math.floor((stage.clientWidth - 32) / 10) * 10));
  applyControls();
  return loadUrl('articles/seed.json', 'article', false);
}

start();
