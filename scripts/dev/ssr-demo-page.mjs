// The demo's server-rendered page, demo/ssr/index.html: the seed story, its lead
// photo and its related block rendered on the server, so the page reads in full
// without JavaScript. The client file then hydrates what the server sent.
// A demo output, not part of the package: `npm start` writes it (run as a script),
// the page tests and the benchmark render it in memory (ssrDemoPage()).
// Served from the repository root: relative URLs in the documents ("../images/…")
// resolve against /demo/ssr/ to /demo/images/. Needs `npm run build`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'news-elements/ssr';

const root = new URL('../../', import.meta.url);
const read = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

/**
 * The page's HTML. `script` is the client file the page loads (the hydrating CDN
 * file by default; `null` for none).
 */
export async function ssrDemoPage({ script = '/cdn/news-elements-hydrate.js' } = {}) {
  const article = await renderToString('news-article', await read('demo/articles/seed.json'), {
    attributes: { id: 'story', jsonld: true, 'heading-level': 1 },
  });
  const photo = await renderToString('news-photo', await read('demo/photos/lead.json'), {
    attributes: { id: 'photo' },
  });
  const related = await renderToString('news-related', await read('demo/related/seed-related.json'), {
    attributes: { id: 'related', layout: 'cards' },
  });

  const scriptTag = script
    ? `<!-- Hydrates the server-rendered elements; the page reads the same without it. -->
    <script type="module" src="${script}"></script>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered story · news-elements</title>
    <link rel="icon" href="data:," />
    <style>
      body { font-family: Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
      .note { font: 0.875rem/1.4 system-ui, sans-serif; color: #555; }
      section { margin-block: 3rem; }
    </style>
    ${scriptTag}
  </head>
  <body>
    <p class="note">Rendered on the server by <code>news-elements/ssr</code>: this page reads in full with JavaScript off.</p>
    <main>
      ${article}
      <section aria-label="The lead photo on its own">
        <p class="note">The lead photo, as <code>&lt;news-photo&gt;</code>:</p>
        ${photo}
      </section>
      <section aria-label="The related block on its own">
        <p class="note">The related block, as <code>&lt;news-related layout="cards"&gt;</code>:</p>
        ${related}
      </section>
    </main>
  </body>
</html>
`;
}

// Run as a script (`npm start`): write the page.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const page = await ssrDemoPage();
  const out = new URL('demo/ssr/index.html', root);
  await mkdir(new URL('.', out), { recursive: true });
  await writeFile(out, page);
  console.log(`demo/ssr/index.html (${(page.length / 1024).toFixed(1)} KB)`);
}
