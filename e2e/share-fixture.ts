/** Pages to share, served on 127.0.0.1, and the bookmarklet run on them as a browser runs it. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page } from '@playwright/test';

/** What the article fixture says about itself, as the share page should fill it in. */
export const FIXTURE = {
  url: 'https://fixture.example/articles/leases',
  title: 'Leases & Fencing Tokens',
  description: 'How leases go wrong when clocks drift, and how fencing tokens fix it.',
  authors: ['Grace Hopper', 'Barbara Liskov'],
  site: 'Fixture Journal',
  published: '2025-10-14',
  /** The selected paragraph, quoted with every Markdown character escaped. */
  quotation: '> A lease is a promise \\{with braces\\} \\& emphasis that expires.',
};

const article = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ignored title | Fixture Journal</title>
<link rel="canonical" href="https://fixture.example/articles/leases">
<meta property="og:title" content="Leases &amp; Fencing Tokens">
<meta property="og:description" content="How leases go wrong when clocks drift, and how fencing tokens fix it.">
<meta property="og:site_name" content="Fixture Journal">
<meta property="article:published_time" content="2025-10-14T08:00:00Z">
<meta name="twitter:title" content="A less specific title">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Leases & Fencing Tokens",
"author":[{"@type":"Person","name":"Grace Hopper"},{"@type":"Person","name":"Barbara Liskov"}],
"publisher":{"@type":"Organization","name":"Fixture Journal"},"datePublished":"2025-10-14"}</script>
</head><body><article><h1>Leases</h1><p id="quote">A lease is a promise {with braces} &amp; <em>emphasis</em> that expires.</p></article></body></html>`;

/** Pages that exercise every signal both readers collect, for the test that holds them equal. */
export const FIXTURE_PAGES: Record<string, string> = {
  article,
  entities: `<!doctype html><html><head><TITLE>&quot;Linearizability&quot; &amp; you &#8212; a primer</TITLE>
    <META NAME="Description" CONTENT="Caf&eacute; &lt;b&gt; notes"><meta name="description" content="second, ignored">
    <meta property="" content="no key"><meta name="no-content"><meta itemprop="datePublished" content="2024-02-29">
    <link rel="Alternate Canonical" href="https://fixture.example/canonical?x=1&amp;y=2"><link rel="canonical" href="/second"></head>
    <body><meta name="author" content="Body Author"><p>Text</p></body></html>`,
  graph: `<!doctype html><html><head><title>Graph | Site</title>
    <script type="application/ld+json">{ broken</script>
    <script type="APPLICATION/LD+JSON">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["ScholarlyArticle"],"name":"A Paper",
      "author":"https://example.org/not-a-name","description":"Abstract.","datePublished":"2023-07"}]}</script>
    <script>var notJsonLd = 1;</script></head><body></body></html>`,
  bare: '<!doctype html><html><head><title>  Bare   page  </title></head><body><title>not the first</title></body></html>',
  nothing: '<!doctype html><html><head></head><body><p>No metadata at all.</p></body></html>',
};

export async function serveFixtures(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const html = FIXTURE_PAGES[(request.url ?? '/').slice(1)];
    if (html === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Takes the bookmarklet from the share page at `shareUrl`, opens `pageUrl`, selects the text
 * of `selector`, and runs the bookmarklet there, as a click in the bookmarks bar does: the
 * code of the `javascript:` URL, decoded, run as a script in the page. Waits for /share.
 */
export async function runBookmarklet(page: Page, shareUrl: string, pageUrl: string, selector: string) {
  await page.goto(shareUrl);
  const link = page.locator('#bookmarklet');
  await expect(link).toHaveAttribute('href', /^javascript:/);
  const code = decodeURIComponent((await link.getAttribute('href'))!.slice('javascript:'.length));
  await page.goto(pageUrl);
  await page.evaluate((target) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(target)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, selector);
  // Run after evaluate returns: the code navigates away from the page it runs in.
  await page.evaluate(`setTimeout(function () { ${code} }, 0)`);
  await page.waitForURL(/\/share$/);
}
