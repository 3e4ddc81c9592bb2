// The docs page of the preview site: renders one Markdown file of the repository
// (docs/*.md, README.md, SECURITY.md), named by `?page=docs/news-photo`, with the
// demo's small reader (markdown.js). Links to other Markdown files stay on this page;
// links elsewhere in the repository go to the file; http(s) links leave as usual.
import { renderMarkdown } from './markdown.js';

/** A repository path without `.md`: folders and names of letters, digits, `-` and `_`; no `..`. */
const PAGE = /^[\w-]+(\/[\w-]+)*$/;
const INDEX = 'docs/README';

const root = new URL('../', import.meta.url);
const requested = new URLSearchParams(location.search).get('page') ?? INDEX;
const page = PAGE.test(requested) ? requested : INDEX;
const file = new URL(`${page}.md`, root);

/** Where a link in the page goes: another page here, a file, the web, or nowhere (null). */
function link(href) {
  let url;
  try {
    url = new URL(href, file);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin !== root.origin) return url.href;
  if (!url.pathname.startsWith(root.pathname)) return null;
  const path = url.pathname.slice(root.pathname.length);
  const markdown = /^(.+)\.md$/.exec(path);
  if (markdown && PAGE.test(markdown[1])) return `docs.html?page=${markdown[1]}${url.hash}`;
  return url.href;
}

/** Fetches the page and renders it (a function: the dev server builds for ES2021, without top-level await). */
async function show() {
  const article = document.querySelector('#doc');
  document.querySelector('#doc-source').textContent = `${page}.md`;
  const response = await fetch(file).catch(() => undefined);
  if (response?.ok) {
    article.append(renderMarkdown(await response.text(), { link }));
    const title = article.querySelector('h1');
    if (title) document.title = `${title.textContent} · news-elements docs`;
    // The fragment's heading exists only now.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } else {
    const message = document.createElement('p');
    message.textContent = `No page ${page}.md here (${response ? `HTTP ${response.status}` : 'network error'}).`;
    message.setAttribute('role', 'alert');
    article.append(message);
  }
  article.setAttribute('data-state', response?.ok ? 'ready' : 'error');
}

show();
