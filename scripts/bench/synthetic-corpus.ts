/**
 * N valid, varied entries for benchmarks: real-looking titles, ~150 words of commentary,
 * tags and kinds spread like a real link blog's (40 common tags, and a long tail of N / 10
 * rarer ones, as a collection years deep has: 1,000 at 10,000 entries), many sources. Deterministic: the same N
 * always gives the same files, so runs compare. Each title holds a made-up project name of
 * its own (`codename`), the distinctive word a reader would search for, as real titles hold
 * system and paper names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINK_KINDS } from '../../lib/kinds';

const TOPICS = [
  'consensus', 'raft', 'paxos', 'linearizability', 'snapshot isolation', 'serializability', 'replication',
  'sharding', 'clock skew', 'leader election', 'gossip protocols', 'CRDTs', 'model checking', 'TLA+',
  'deterministic simulation', 'fault injection', 'write-ahead logs', 'LSM trees', 'B-trees', 'compaction',
  'quorum reads', 'failure detectors', 'Byzantine faults', 'two-phase commit', 'sagas', 'idempotency',
  'backpressure', 'rate limiting', 'load shedding', 'tail latency', 'consistent hashing', 'vector clocks',
  'hybrid logical clocks', 'Jepsen testing', 'formal proofs', 'refinement', 'property-based testing',
  'storage engines', 'query planning', 'distributed transactions',
];
const TAGS = [
  'consensus', 'databases', 'formal-methods', 'tla-plus', 'testing', 'storage', 'replication', 'transactions',
  'isolation', 'time', 'networking', 'performance', 'reliability', 'model-checking', 'simulation', 'hardware',
  'compilers', 'operating-systems', 'security', 'observability', 'queues', 'caching', 'scheduling', 'aws',
  'postgres', 'rust', 'go', 'java', 'kubernetes', 'filesystems', 'crdts', 'linearizability', 'locking',
  'idempotency', 'coordination', 'streaming', 'batch', 'indexes', 'compression', 'theory',
];
const OPENERS = ['Notes on', 'A gentle introduction to', 'What I learned about', 'Revisiting', 'The hidden cost of', 'Testing', 'Proving', 'Scaling', 'Debugging', 'Rethinking'];
const WORDS =
  'the system keeps a log of every write and replays it after a crash so that readers never observe a state that was not committed by a majority of replicas while clients retry with the same key and the server remembers the outcome which makes the operation safe to repeat under partitions timeouts and slow disks the model checker explores every interleaving of these steps and finds the one schedule where two leaders believe they hold the lease at once'.split(
    ' ',
  );

const SYLLABLES = ['ka', 'zu', 'mir', 'tel', 'von', 'ra', 'shi', 'bel', 'dor', 'qua', 'fen', 'lo', 'tri', 'gan', 'pel', 'sor', 'vek', 'nim', 'hal', 'ost'];

/** Entry i's project name: four syllables, different for every i below 160,000, neighbours unalike. */
export function codename(i: number): string {
  let n = (i * 7919) % SYLLABLES.length ** 4;
  const name = Array.from({ length: 4 }, () => {
    const syllable = SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
    return syllable;
  }).join('');
  return `${name[0].toUpperCase()}${name.slice(1)}`;
}

/** A small, fast, seeded generator (mulberry32): benchmarks must not vary with Math.random. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (text: string) => JSON.stringify(text);

/**
 * `content/posts/<slug>.mdx` → file text, for `count` entries dated one a day back from
 * `newest`, and the `content/tags.yml` vocabulary their tags come from.
 */
export function syntheticEntries(count: number, newest = '2026-11-01'): Record<string, string> {
  const next = random(count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  // The long tail: a few rare tags are on many entries, most on a handful.
  const rare = Array.from({ length: Math.floor(count / 10) }, (_, i) => `topic-${codename(i).toLowerCase()}`);
  const files: Record<string, string> = {
    'content/tags.yml': `tags:\n${[...TAGS, ...rare].map((tag) => `  - name: ${tag}\n    title: ${tag}\n    description: Entries about ${tag}.\n`).join('')}`,
  };
  const start = Date.parse(`${newest}T00:00:00Z`);
  for (let i = 0; i < count; i++) {
    const topic = pick(TOPICS);
    const title = `${pick(OPENERS)} ${topic} in ${codename(i)} (part ${i + 1})`;
    const slug = `entry-${String(i + 1).padStart(5, '0')}`;
    const host = `site${Math.floor(next() * 400)}.example.com`;
    const date = new Date(start - Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10);
    const common = [pick(TAGS), pick(TAGS), pick(TAGS)].slice(0, 1 + Math.floor(next() * 3));
    const tags = [...new Set(rare.length > 0 && next() < 0.6 ? [...common, rare[Math.floor(next() ** 2 * rare.length)]] : common)];
    const commentary = Array.from({ length: 150 }, (_, w) => (w % 25 === 0 ? topic : pick(WORDS))).join(' ');
    files[`content/posts/${slug}.mdx`] = [
      '---',
      `title: ${quote(title)}`,
      `url: https://${host}/posts/${slug}`,
      `date: ${date}`,
      `description: ${quote(`Why ${topic} matters, and what goes wrong when it is done casually, in entry ${i + 1}.`)}`,
      `kind: ${pick(LINK_KINDS)}`,
      `tags: [${tags.join(', ')}]`,
      `author: ${quote(`Author ${Math.floor(next() * 900)}`)}`,
      '---',
      '',
      `${commentary}.`,
      '',
    ].join('\n');
  }
  // A reading list, as a real site has: its oldest few entries, oldest first.
  const steps = Array.from({ length: Math.min(5, count) }, (_, i) => `entry-${String(count - i).padStart(5, '0')}`);
  files['content/lists/a-path-through-the-corpus.yml'] = [
    'title: A path through the corpus',
    'description: The oldest entries, oldest first.',
    'steps:',
    ...steps.flatMap((slug, i) => [`  - entry: ${slug}`, `    note: Step ${i + 1} of the path.`]),
    '',
  ].join('\n');
  return files;
}

/**
 * The one entry a rebuild benchmark adds to `syntheticEntries(count, newest)`: shared the day
 * after the newest, with its own slug, address and title.
 */
export function addedEntry(newest = '2026-11-01'): Record<string, string> {
  const day = new Date(Date.parse(`${newest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const text = syntheticEntries(1, day)['content/posts/entry-00001.mdx']
    .replaceAll('entry-00001', 'entry-added')
    .replace('(part 1)', '(the added one)');
  return { 'content/posts/entry-added.mdx': text };
}

/** The rebuild benchmark's second change to a built copy at `dir` of `syntheticEntries(count)`: the title of the entry in the middle of the list. */
export function changedTitle(dir: string, count: number): Record<string, string> {
  const file = `content/posts/entry-${String(Math.ceil(count / 2)).padStart(5, '0')}.mdx`;
  return { [file]: readFileSync(join(dir, file), 'utf8').replace(/^title: .*$/m, 'title: "A title changed since the last build"') };
}

/** Its third: the description of the most used tag, the first of content/tags.yml. */
export function changedTagDescription(dir: string): Record<string, string> {
  const file = 'content/tags.yml';
  return { [file]: readFileSync(join(dir, file), 'utf8').replace(/description: .*/, 'description: A description changed since the last build.') };
}
