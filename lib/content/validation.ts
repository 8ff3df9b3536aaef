import { closest } from 'fastest-levenshtein';
import { isCalendarDay, today } from '../dates';
import { isCommentCount, MAX_COMMENTS, MAX_DISCUSSIONS, threadKey } from '../discussions';
import { isLinkKind, LINK_KINDS } from '../kinds';
import { SLUG_PATTERN } from '../routes';
import { codePointOf } from './findings';
import { hostnameOf, isAbsoluteHttpUrl } from '../url';

/** One problem with one field of one entry, phrased so the author knows what to change. */
export interface Finding {
  field: string;
  message: string;
}

type Check = (value: unknown) => string | undefined;

export const MAX_TITLE_LENGTH = 300;
export const MAX_DESCRIPTION_LENGTH = 400;
/** A quotation is a passage, not an article: at most this many characters of Markdown. */
export const MAX_QUOTE_LENGTH = 1500;

/** Hosts of the web archives an entry's `archive` copy may live on. */
export const WEB_ARCHIVES = ['web.archive.org', 'archive.org', 'archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.md', 'ghostarchive.org', 'perma.cc'];

/**
 * Invisible characters that change how text reads without showing: zero-width spaces and the
 * word joiner, a byte-order mark inside text, and the bidirectional embeddings, overrides and
 * isolates (U+202E shows "txt.exe" as "exe.txt"). Joiners that scripts and emoji need (U+200C,
 * U+200D) and the directional marks (U+200E, U+200F) are text, and are kept.
 */
export const INVISIBLE_FORMATTING = /[\u200B\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]/u;

/** What is wrong with a control or invisible formatting character in a text a reader sees, or undefined when it has none. */
export function controlCharacterProblem(text: string): string | undefined {
  const invisible = INVISIBLE_FORMATTING.exec(text)?.[0];
  if (invisible !== undefined) return `holds the invisible character ${codePointOf(invisible)}, which changes how the text reads without showing: delete it`;
  const control = /\p{Cc}/u.exec(text)?.[0];
  if (control === undefined) return undefined;
  if (control === '\n' || control === '\r') return 'holds a line break: write it on one line (a long value can be folded with `>-`)';
  return `holds the control character ${codePointOf(control)}, which readers cannot see and feeds cannot carry: delete it`;
}

/** Text a reader sees: not empty, no control characters, and at most `max` characters. */
const text =
  (max = Infinity, advice?: string): Check =>
  (value) => {
    if (typeof value !== 'string' || value.trim() === '') return 'must be non-empty text';
    if (value.length > max) return `is ${value.length} characters long; keep it to ${advice ? `${advice} (at most ${max})` : `at most ${max}`}`;
    return controlCharacterProblem(value.replace(/\n$/, ''));
  };
const nonEmptyText = text();

/** Markdown over several lines (a quotation): not empty, not long. Its Markdown is checked as commentary is, control characters included. */
const passage =
  (max: number): Check =>
  (value) => {
    if (typeof value !== 'string' || value.trim() === '') return 'must be non-empty text';
    if (value.length > max) return `is ${value.length} characters long; quote at most ${max} (a passage, not the article)`;
    return undefined;
  };

const calendarDay: Check = (value) =>
  typeof value === 'string' && isCalendarDay(value)
    ? undefined
    : `must be a real day written YYYY-MM-DD, got ${JSON.stringify(value)}`;

const httpUrl: Check = (value) =>
  typeof value === 'string' && isAbsoluteHttpUrl(value)
    ? undefined
    : `must be an absolute http:// or https:// URL, got ${JSON.stringify(value)}`;

/** The entry's own link may hold a space, as bookmarks do; it is linked encoded (lib/posts.ts). */
const linkUrl: Check = (value) =>
  typeof value === 'string' && isAbsoluteHttpUrl(value, { spaces: true })
    ? undefined
    : `must be an absolute http:// or https:// URL, got ${JSON.stringify(value)}`;

/** Whether a `required: 'link'` field is required depends on the kind of entry: see validatePost. */
/** What is wrong with one recorded thread, or undefined. */
/** A count is recorded on a day that has come: today where the author is, which may be tomorrow in UTC. */
function recordedProblem(day: string): string | undefined {
  const latest = today(new Date(Date.now() + 24 * 3600 * 1000));
  return day > latest ? `recorded must be the day the count was read, not a day to come, got ${day}` : undefined;
}

function discussionProblem(item: unknown): string | undefined {
  if (typeof item === 'string') return httpUrl(item);
  if (!item || typeof item !== 'object' || Array.isArray(item)) return 'must be an address or { url, title, comments, recorded }';
  const { url, title, comments, recorded, ...rest } = item as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `has unknown keys ${Object.keys(rest).join(', ')}: use url, title, comments and recorded`;
  if (url === undefined) return 'needs its url';
  const problem =
    httpUrl(url) ??
    (title === undefined ? undefined : text(200)(title)) ??
    (comments === undefined || isCommentCount(comments) ? undefined : `comments must be a whole number from 0 to ${MAX_COMMENTS.toLocaleString('en')}, as the thread showed it, got ${JSON.stringify(comments)}`) ??
    (recorded === undefined ? undefined : (calendarDay(recorded) ?? recordedProblem(recorded as string)));
  return problem;
}

const POST_FIELDS: Record<string, { required: boolean | 'link' | 'quotation'; check: Check }> = {
  title: { required: 'link', check: text(MAX_TITLE_LENGTH) },
  url: { required: true, check: linkUrl },
  date: { required: true, check: calendarDay },
  description: { required: 'link', check: text(MAX_DESCRIPTION_LENGTH, 'one or two sentences') },
  quote: { required: false, check: passage(MAX_QUOTE_LENGTH) },
  by: { required: 'quotation', check: text(200) },
  context: { required: false, check: text(300, 'a short phrase, such as "in a talk at Strange Loop"') },
  kind: {
    required: false,
    check: (value) => (isLinkKind(value) ? undefined : `must be one of ${LINK_KINDS.join(', ')}, got ${JSON.stringify(value)}`),
  },
  tags: {
    required: false,
    check: (value) => {
      if (!Array.isArray(value)) return 'must be a list, such as [consensus, tla-plus]';
      const bad = value.find((tag) => typeof tag !== 'string' || !SLUG_PATTERN.test(tag));
      // YAML reads `[2005]` as a number; the tag is the name "2005".
      if (typeof bad === 'number') return `${bad} is read as a number: write the tag in quotes, ["${bad}"]`;
      if (bad !== undefined) {
        const slug = typeof bad === 'string' ? bad.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : '';
        const suggestion = slug && slug !== bad ? `: did you mean "${slug}"?` : ', such as formal-methods';
        return `${JSON.stringify(bad)} is not a tag: use lowercase words joined by hyphens${suggestion}`;
      }
      const repeated = value.find((tag, i) => value.indexOf(tag) !== i);
      return repeated === undefined ? undefined : `lists "${repeated}" twice`;
    },
  },
  author: {
    required: false,
    check: (value) =>
      nonEmptyText(value) === undefined ||
      (Array.isArray(value) && value.length > 0 && value.every((name) => nonEmptyText(name) === undefined))
        ? undefined
        : 'must be a name or a list of names',
  },
  site: { required: false, check: nonEmptyText },
  published: { required: false, check: calendarDay },
  via: {
    required: false,
    check: (value) => {
      if (typeof value === 'string') return value.includes('://') ? httpUrl(value) : nonEmptyText(value);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const { name, url, ...rest } = value as Record<string, unknown>;
        if (Object.keys(rest).length > 0) return `has unknown keys ${Object.keys(rest).join(', ')}: use name and url`;
        if (name === undefined && url === undefined) return 'needs a name, a url, or both';
        return (name === undefined ? undefined : nonEmptyText(name)) ?? (url === undefined ? undefined : httpUrl(url));
      }
      return 'must be a name, a URL, or { name, url }';
    },
  },
  discussions: {
    required: false,
    check: (value) => {
      const shape = 'a list of threads: addresses, or { url, title, comments, recorded }';
      if (!Array.isArray(value) || value.length === 0) return `must be ${shape}`;
      if (value.length > MAX_DISCUSSIONS) return `lists ${value.length} threads: keep the ${MAX_DISCUSSIONS} most discussed`;
      const seen = new Map<string, number>();
      for (const [index, item] of value.entries()) {
        const problem = discussionProblem(item);
        if (problem) return `thread ${index + 1} ${problem}`;
        const key = threadKey(typeof item === 'string' ? item : (item as { url: string }).url);
        if (seen.has(key)) return `thread ${index + 1} is thread ${seen.get(key)! + 1} again: list each thread once`;
        seen.set(key, index);
      }
      return undefined;
    },
  },
  archive: {
    required: false,
    check: (value) =>
      httpUrl(value) ??
      (WEB_ARCHIVES.includes(hostnameOf(value as string)) && new URL(value as string).pathname !== '/'
        ? undefined
        : `must be a page of a web archive (${WEB_ARCHIVES.join(', ')}), such as https://web.archive.org/web/2025/https://example.com/post`),
  },
  draft: {
    required: false,
    check: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  },
};

const PAGE_FIELDS: Record<string, { required: boolean | 'link' | 'quotation'; check: Check }> = {
  title: { required: true, check: text(MAX_TITLE_LENGTH) },
  description: { required: true, check: text(MAX_DESCRIPTION_LENGTH) },
};

export const POST_FIELD_NAMES = Object.keys(POST_FIELDS);
export const PAGE_FIELD_NAMES = Object.keys(PAGE_FIELDS);

/** An entry with `quote:` is a quotation; any other is a link. */
export const isQuotation = (data: Record<string, unknown>) => data.quote !== undefined && data.quote !== null;

const REQUIRED_BECAUSE = {
  link: 'is required',
  quotation: 'is required for a quotation: who said or wrote the words',
};

function validate(data: Record<string, unknown>, fields: typeof POST_FIELDS): Finding[] {
  const findings: Finding[] = [];
  const kind = isQuotation(data) ? 'quotation' : 'link';
  for (const [field, rule] of Object.entries(fields)) {
    const value = data[field];
    if (value === undefined || value === null) {
      if (rule.required === true || rule.required === kind) findings.push({ field, message: rule.required === 'quotation' ? REQUIRED_BECAUSE.quotation : REQUIRED_BECAUSE.link });
      continue;
    }
    if (kind === 'link' && (field === 'by' || field === 'context')) {
      findings.push({ field, message: 'is for a quotation: add the quoted words as `quote:`, or delete this line' });
      continue;
    }
    const problem = rule.check(value);
    if (problem) findings.push({ field, message: problem });
  }
  const known = Object.keys(fields);
  for (const field of Object.keys(data)) {
    if (!known.includes(field)) {
      findings.push({
        field,
        message: `is not a known field (did you mean "${closest(field, known)}"?); known fields: ${known.join(', ')}`,
      });
    }
  }
  return findings;
}

/** Checks an entry's front matter: every problem, not just the first. */
export function validatePost(data: Record<string, unknown>): Finding[] {
  return validate(data, POST_FIELDS);
}

/** Checks a standalone page's front matter. */
export function validatePage(data: Record<string, unknown>): Finding[] {
  return validate(data, PAGE_FIELDS);
}

/** A post's slug is its file name: it becomes the URL, so it must be a clean slug too. */
export function validateSlug(slug: string): Finding[] {
  return SLUG_PATTERN.test(slug)
    ? []
    : [{ field: 'file name', message: `"${slug}" must be lowercase words joined by hyphens, such as my-post.mdx` }];
}
