/**
 * `npm run bench:tags`: how well the suggested tags fit, leave-one-out over the shipped
 * entries: each entry's tags hidden, three suggested from the others. Counts the entries whose
 * tags appear in at least one other entry (a tag no other entry uses cannot be learnt). Writes
 * the figures into BENCHMARKS.md; exits non-zero under the budget (80 % with one of three).
 */
import { entryText, suggestTags, tagModel } from '../../lib/content/tag-suggestions';
import { plainText } from '../../lib/plain-text';
import { getPosts, getTagVocabulary } from '../../lib/posts';
import { writeBenchmarkSection } from './bench-support';

const BUDGET = 0.8;
const entries = getPosts().map((post) => ({ slug: post.slug, text: entryText({ ...post, commentary: plainText(post.body.raw) }), tags: post.tags }));
const vocabulary = getTagVocabulary().map(({ name }) => name);
let counted = 0;
let first = 0;
let inThree = 0;
const misses: string[] = [];
for (const [index, entry] of entries.entries()) {
  const others = entries.filter((_, position) => position !== index);
  if (!entry.tags.some((tag) => others.some((other) => other.tags.includes(tag)))) continue;
  counted++;
  const suggested = suggestTags(tagModel(others, vocabulary), entry.text);
  if (entry.tags.includes(suggested[0])) first++;
  if (suggested.some((tag) => entry.tags.includes(tag))) inThree++;
  else misses.push(`${entry.slug} (has ${entry.tags.join(', ')}; suggested ${suggested.join(', ') || 'nothing'})`);
}
const percent = (count: number) => `${((count / counted) * 100).toFixed(0)} % (${count} of ${counted})`;
const report = [
  '## Tag suggestions (`npm run bench:tags`)',
  '',
  `Leave-one-out over the ${entries.length} shipped entries: each entry's tags hidden and three suggested from the others' (lib/content/tag-suggestions.ts). ${counted} entries have a tag that another entry uses.`,
  '',
  '| measure | figure | budget |',
  '| --- | --- | --- |',
  `| the first suggestion is one of the entry's tags | ${percent(first)} | — |`,
  `| one of the three suggestions is | ${percent(inThree)} | ≥ ${BUDGET * 100} % |`,
  '',
  misses.length ? `Missed: ${misses.join('; ')}.` : 'Missed: none.',
].join('\n');
console.log(report);
writeBenchmarkSection('bench:tags', report);
if (inThree / counted < BUDGET) process.exitCode = 1;
