/**
 * Serves out/ on http://localhost:3000 the way a static host does: clean URLs
 * (/posts/x → posts/x.html), 404.html with status 404, correct content types, compressed
 * text (as Vercel and every CDN send it, so Lighthouse and the benchmarks measure what a
 * reader downloads), and the response headers of vercel.json, the one place they are written.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import compression from 'compression';
import handler from 'serve-handler';

const port = Number(process.env.PORT ?? 3000);
const root = 'out';

if (!existsSync(`${root}/index.html`)) {
  console.error('out/ has no site in it: run `npm run build` first.');
  process.exit(1);
}

/** vercel.json's `source` patterns as used there: `/(.*)` (every path) or an exact path. */
const rules = JSON.parse(readFileSync('vercel.json', 'utf8')).headers.map(({ source, headers }) => ({
  matches: source === '/(.*)' ? () => true : (path) => path === source,
  headers,
}));

function headersFor(path) {
  const headers = {};
  // Later rules win, as on Vercel.
  for (const rule of rules) if (rule.matches(path)) for (const { key, value } of rule.headers) headers[key] = value;
  return headers;
}

const compress = compression();

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  for (const [key, value] of Object.entries(headersFor(path))) response.setHeader(key, value);
  compress(request, response, () =>
    handler(request, response, { public: root, cleanUrls: true, trailingSlash: false, directoryListing: false }),
  );
});

server.listen(port, () => console.log(`Serving ${root}/ on http://localhost:${port}`));
