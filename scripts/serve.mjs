/**
 * Serves out/ on http://localhost:3000 the way a static host does: clean URLs
 * (/posts/x → posts/x.html), 404.html with status 404, correct content types.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import handler from 'serve-handler';

const port = Number(process.env.PORT ?? 3000);
const root = 'out';

if (!existsSync(`${root}/index.html`)) {
  console.error('out/ has no site in it: run `npm run build` first.');
  process.exit(1);
}

const server = createServer((request, response) =>
  handler(request, response, { public: root, cleanUrls: true, trailingSlash: false, directoryListing: false }),
);

server.listen(port, () => console.log(`Serving ${root}/ on http://localhost:${port}`));
