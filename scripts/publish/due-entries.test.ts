import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { today } from '../../lib/dates';
import { dueEntries, dueWeek } from './due-entries';

let dir: string;
const entry = (slug: string, date: string, extra = '') =>
  writeFileSync(join(dir, `${slug}.mdx`), `---\ntitle: ${slug}\nurl: https://example.com/${slug}\ndate: ${date}\ndescription: D.\n${extra}---\n`);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'due-'));
  entry('live', '2026-11-01');
  entry('missed-yesterday', '2026-11-25');
  entry('today', '2026-11-26');
  entry('tomorrow', '2026-11-27');
  entry('draft', '2026-11-26', 'draft: true\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const slugs = (due: { slug: string }[]) => due.map(({ slug }) => slug);

describe('dueWeek', () => {
  // Entries on 2026-11-25 (Wednesday) and 26 (Thursday) make week 48 (23–29 November).
  it('names the week that ended when the live digest lacks it, and nothing while it runs or once the site has it', () => {
    assert.equal(dueWeek(dir, new Set(['/digest/2026-w44']), '2026-11-30'), '2026-w48');
    assert.equal(dueWeek(dir, new Set(['/digest/2026-w48']), '2026-11-30'), undefined);
    assert.equal(dueWeek(dir, new Set(['/digest/2026-w44']), '2026-11-29'), undefined, 'the week of 23 November is not over on its Sunday');
  });

  it('without the live feed, names the week on the Monday after it', () => {
    assert.equal(dueWeek(dir, undefined, '2026-11-30'), '2026-w48');
    assert.equal(dueWeek(dir, undefined, '2026-12-01'), undefined);
  });
});

describe('dueEntries', () => {
  it('lists the entries whose day has come and which the live site does not show, drafts and tomorrow\'s aside', () => {
    assert.deepEqual(slugs(dueEntries(dir, new Set(['live']), '2026-11-26')), ['missed-yesterday', 'today']);
  });

  it('lists nothing once the live site shows them: the daily rebuild then deploys nothing', () => {
    assert.deepEqual(dueEntries(dir, new Set(['live', 'missed-yesterday', 'today']), '2026-11-26'), []);
  });

  it('without the live list, counts the entries dated today', () => {
    assert.deepEqual(slugs(dueEntries(dir, undefined, '2026-11-26')), ['today']);
    assert.deepEqual(slugs(dueEntries(dir, undefined, '2026-11-27')), ['tomorrow']);
  });
});

describe('npm run due', () => {
  it('asks the live site, and tells the workflow how many entries are due', async () => {
    const published = dueEntries('content/posts', new Set(), today());
    const [missing, ...shown] = published.map(({ slug }) => slug);
    const site = createServer((request, response) =>
      request.url === '/sitemap.xml'
        ? response.writeHead(200).end(`<urlset><url><loc>https://example.com/</loc></url>${shown.map((slug) => `<url><loc>https://example.com/posts/${slug}</loc></url>`).join('')}</urlset>`)
        : response.writeHead(404).end(),
    );
    await new Promise<void>((listening) => site.listen(0, '127.0.0.1', listening));
    const output = join(dir, 'github-output');
    try {
      const base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      // Not spawnSync: the server answers from this process.
      const run = (url: string) => promisify(execFile)('npx', ['tsx', 'scripts/publish/due-entries.ts', '--site', url], { env: { ...process.env, GITHUB_OUTPUT: output } });
      const { stdout } = await run(base);
      assert.match(stdout, new RegExp(`content/posts/${missing}\\.mdx \\(\\d{4}-\\d{2}-\\d{2}\\) is due and not on ${base} yet`));
      assert.equal(readFileSync(output, 'utf8'), 'due=1\n');
      // A site that cannot be read: the entries dated today count.
      writeFileSync(output, '');
      const { stdout: fallback } = await run(`${base}/nowhere`);
      assert.match(fallback, /answered 404: counting the entries dated today instead/);
      assert.match(readFileSync(output, 'utf8'), /^due=\d+\n$/);
    } finally {
      site.close();
    }
  });
});
