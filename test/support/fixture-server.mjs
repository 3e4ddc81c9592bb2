// Test-only responses for the loader: `/fixture/...` answers as the query asks,
// so tests can see statuses, bodies, delays and redirects the way a feed would send them.
//   /fixture/echo?status=404&type=text/html&body=...&delay=200
//   /fixture/redirect?to=/demo/articles/seed.json
//   /fixture/count?...  same as echo, and counts requests per full URL (GET /fixture/hits?url=...)
//                       and the ones the client gave up on before the answer (GET /fixture/aborted?url=...)
const hits = new Map();
const aborted = new Map();

export async function fixtureServer(ctx, next) {
  if (!ctx.path.startsWith('/fixture/')) return next();
  const q = ctx.query;
  const key = ctx.url.replace(/^\/fixture\/(echo|count)/, '');
  if (ctx.path === '/fixture/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(String(q.url)) ?? 0);
    return;
  }
  if (ctx.path === '/fixture/aborted') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(aborted.get(String(q.url)) ?? 0);
    return;
  }
  if (ctx.path === '/fixture/count') {
    hits.set(key, (hits.get(key) ?? 0) + 1);
    ctx.res.on('close', () => ctx.res.writableFinished || aborted.set(key, (aborted.get(key) ?? 0) + 1));
  }
  if (q.delay) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(q.delay), 10000)));
  if (ctx.path === '/fixture/redirect') {
    ctx.status = 302;
    ctx.redirect(String(q.to));
    return;
  }
  ctx.status = Number(q.status ?? 200);
  ctx.type = String(q.type ?? 'application/json');
  ctx.body = String(q.body ?? '');
}
