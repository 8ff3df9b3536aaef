/**
 * `npm run bench`: builds the site, then measures it and writes BENCHMARKS.md: page weight,
 * Lighthouse, serving under load, and build scale (cold and rebuilt) at 1,000, 3,000 and 10,000
 * generated entries; `npm run bench -- --builds` measures the builds alone.
 * Exits 1 when a budget is missed. Search has its own, longer run: `npm run bench:search`.
 */
import { execFileSync } from 'node:child_process';
import { benchBuilds, buildTable } from './bench-build';
import { benchLoad, loadTable } from './bench-load';
import { machine, writeBenchmarkSection } from './bench-support';
import { chromiumPath } from './chromium';
import { lighthouseTable, runLighthouse } from './lighthouse';
import { measurePageWeights, pageWeightTable } from './page-weight';

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const browser = chromiumPath ? execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim() : "Playwright's Chromium";
const measured = `on ${new Date().toISOString().slice(0, 10)}, commit ${commit}, on ${machine()}`;
const buildsOnly = process.argv.includes('--builds');
if (!buildsOnly) {
  writeBenchmarkSection(
    'bench:about',
    [
      '`npm run bench` writes every section below but the search one, which `npm run bench:search` writes.',
      `Last run ${measured}, ${browser}.`,
      'Bytes are gzip bytes as a host sends them (1 kB = 1,000 bytes); the site is served by `npm start` on 127.0.0.1.',
    ].join('\n'),
  );
}

const misses: string[] = [];
const report = (id: string, title: string, table: string, found: string[]) => {
  writeBenchmarkSection(id, `## ${title}\n\n${table}\n\nVerdict: ${found.length ? `OVER BUDGET: ${found.join('; ')}` : 'within budget'}.`);
  console.log(`\n## ${title}\n\n${table}`);
  misses.push(...found);
};

if (!buildsOnly) {
  const weights = await measurePageWeights();
  report('bench:weight', 'Page weight of a first visit (`npm run budget:weight`)', pageWeightTable(weights), weights.misses);

  const lighthouse = await runLighthouse();
  report('bench:lighthouse', 'Lighthouse (`npm run budget`)', lighthouseTable(lighthouse.runs), lighthouse.misses);

  const load = await benchLoad();
  report('bench:load', 'Serving under load', loadTable(load.run), load.misses);
}

const builds = await benchBuilds();
report('bench:build', 'Build scale', `${buildTable(builds.runs)}\n\nMeasured ${measured}.`, builds.misses);

if (misses.length) {
  console.error(`\nOver budget:\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
  process.exitCode = 1;
}
