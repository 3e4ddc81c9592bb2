// A small static server: serves the repository on a free loopback port, with
// per-path headers (for CSP pages) and extra routes. Used by the page tests
// (test/support/server.mjs) and the benchmarks (scripts/dev/bench.mjs).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Text a server would send compressed. */
const COMPRESSIBLE = /^(text\/|application\/json)/;

/**
 * Starts the server. `routes` maps a path to a handler `(req, res) => void`;
 * `headers(path)` returns extra headers for a static file; `gzip` sends text
 * files gzip-compressed to a client that accepts it, as a real server would
 * (for timings over a throttled network).
 * Resolves to `{ url, close, requests }`, where `requests` lists every path asked for.
 */
export async function serve({ routes = {}, headers = () => ({}), gzip = false } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(req.url);
    try {
      if (routes[path]) return await routes[path](req, res);
      const file = normalize(join(ROOT, path));
      if (!file.startsWith(ROOT)) throw new Error('outside');
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      let body = await readFile(target);
      const extra = { ...headers(path) };
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        extra['content-encoding'] = 'gzip';
      }
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, ...extra });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}
