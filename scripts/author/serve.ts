/**
 * `npm start`: serves out/ on http://localhost:3000 the way a static host (Vercel) does:
 * - clean URLs (/posts/x → posts/x.html; /posts/x.html, /posts/x/ and /index redirect as Vercel's do),
 *   404.html with status 404, GET and HEAD only (405 otherwise);
 * - a request no file can answer (a NUL byte, bad percent-encoding, an over-long name) gets
 *   400 or 404, never a 500 or a stack trace;
 * - ETag and Last-Modified with 304 answers, byte ranges with 416 when unsatisfiable (`send`);
 * - vercel.json's redirects (the tag vocabulary's old names), 308 when permanent, matched first,
 *   as Vercel does;
 * - `Cache-Control: public, max-age=0, must-revalidate`, Vercel's default for static files,
 *   unless a rule of vercel.json says otherwise, and every header rule of vercel.json,
 *   matched as Vercel matches them (@vercel/routing-utils);
 * - compressed text, as Vercel and every CDN send it, so the benchmarks measure what a reader
 *   downloads.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceToRegex } from '@vercel/routing-utils';
import compression from 'compression';
import send from 'send';

const REVALIDATE = 'public, max-age=0, must-revalidate';

export interface VercelConfig {
  headers?: { source: string; headers: { key: string; value: string }[] }[];
  redirects?: { source: string; destination: string; permanent?: boolean }[];
}

/** vercel.json's redirects as a matcher: where a path goes, and with which status, or undefined. */
export function redirectRules(vercelConfig: VercelConfig): (path: string) => { location: string; status: 307 | 308 } | undefined {
  const rules = (vercelConfig.redirects ?? []).map(({ source, destination, permanent }) => {
    const { src, segments } = sourceToRegex(source);
    return { pattern: new RegExp(src), segments, destination, status: permanent === false ? (307 as const) : (308 as const) };
  });
  return (path) => {
    for (const rule of rules) {
      const match = rule.pattern.exec(path);
      if (!match) continue;
      const location = rule.segments.reduce((to, name, index) => to.replaceAll(`:${name}`, match[index + 1] ?? ''), rule.destination);
      return { location, status: rule.status };
    }
    return undefined;
  };
}

/** vercel.json's header rules as matchers; later rules win, as on Vercel. */
export function headerRules(vercelConfig: VercelConfig): (path: string) => Record<string, string> {
  const rules = (vercelConfig.headers ?? []).map(({ source, headers }) => ({ pattern: new RegExp(sourceToRegex(source).src), headers }));
  return (path) => {
    const headers: Record<string, string> = { 'Cache-Control': REVALIDATE };
    for (const rule of rules) if (rule.pattern.test(path)) for (const { key, value } of rule.headers) headers[key] = value;
    return headers;
  };
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // ENAMETOOLONG, ENOTDIR and the like: no such file.
  }
};

/**
 * What a path means on the host: a file to send (with status 200 or 404), a redirect, or an
 * error status. `path` is the URL's pathname, still percent-encoded.
 */
export type Target = { file: string; status: 200 | 404 } | { redirect: string } | { status: 400 };

export function resolvePath(root: string, path: string): Target {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return { status: 400 };
  // One leading slash, so a redirect can never name another host (`//evil.test`, `/\evil.test`).
  const local = (target: string) => `/${target.replace(/^(?:[/\\]|%5c)+/i, '')}`;
  if (decoded.length > 1 && decoded.endsWith('/')) return { redirect: local(path.replace(/\/+$/, '')) };
  if (/\/index(\.html)?$/.test(decoded)) return { redirect: local(path.replace(/\/index(\.html)?$/, '')) };
  if (decoded.endsWith('.html')) return { redirect: local(path.replace(/\.html$/, '')) };
  const candidates = decoded === '/' ? ['/index.html'] : [decoded, `${decoded}.html`];
  const file = candidates.find((candidate) => isFile(join(root, candidate)));
  return file ? { file, status: 200 } : { file: '/404.html', status: 404 };
}

/** The request handler: `root` holds the built site, `vercelConfig` is vercel.json's content. */
export function staticHost(root: string, vercelConfig: VercelConfig) {
  const headersFor = headerRules(vercelConfig);
  const redirectFor = redirectRules(vercelConfig);
  // Express middleware, but it needs no more than Node's own request and response.
  const compress = compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    for (const [key, value] of Object.entries(headersFor(path))) response.setHeader(key, value);
    // A rule's long cache time is for the file it names: a 404, a redirect or an error is
    // revalidated, or a browser would keep a passing failure for a year.
    const uncached = () => response.setHeader('Cache-Control', REVALIDATE);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      uncached();
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const redirect = redirectFor(path);
    if (redirect) {
      uncached();
      response.writeHead(redirect.status, { Location: `${redirect.location}${(request.url ?? '').slice(path.length)}` }).end();
      return;
    }
    const target = resolvePath(root, path);
    if (!('file' in target) || target.status !== 200) uncached();
    if ('redirect' in target) {
      const query = (request.url ?? '').slice(path.length);
      response.writeHead(308, { Location: `${target.redirect}${query}` }).end();
      return;
    }
    if (!('file' in target)) {
      response.writeHead(target.status).end();
      return;
    }
    const sendFile = () => {
      response.statusCode = target.status;
      send(request, target.file.split('/').map(encodeURIComponent).join('/'), { root, cacheControl: false, dotfiles: 'deny', index: false })
        .on('headers', (_: ServerResponse, file: string) => {
          // As Vercel names it; mime-db's registered image/vnd.microsoft.icon is unknown to older browsers.
          if (file.endsWith('.ico')) response.setHeader('Content-Type', 'image/x-icon');
        })
        .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
          // send's own error pages are HTML with details; a static host answers plainly.
          uncached();
          response.writeHead(error.status ?? 500, { ...error.headers, 'Content-Length': 0 }).end();
        })
        .pipe(response);
    };
    // A byte range is of the file as stored, so it is sent as is.
    if (request.headers.range) sendFile();
    else compress(request, response, sendFile);
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  const root = 'out';
  if (!existsSync(`${root}/index.html`)) {
    console.error('out/ has no site in it: run `npm run build` first.');
    process.exit(1);
  }
  const server = createServer(staticHost(root, JSON.parse(readFileSync('vercel.json', 'utf8'))));
  server.listen(port, () => console.log(`Serving ${root}/ on http://localhost:${port}`));
}
