'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { FileFinding } from '@/lib/content/findings';
import { entrySlug, entrySource, fitDescription, literalMarkdown, quotation, quotationSource, quotationTitle, slugBase } from '@/lib/content/new-entry';
import {
  alreadyShared,
  checkNewEntry,
  quotationPreviewHtml,
  SHARE_FIELDS,
  type ShareField,
  shareFieldOf,
  sharedPageFrom,
  shardOf,
  type ShareShard,
  urlShardOf,
} from '@/lib/content/share';
import { today } from '@/lib/dates';
import { inferKind, isLinkKind, KIND_LABELS, LINK_KINDS } from '@/lib/kinds';
import { HACKER_NEWS, hackerNewsThread, LOBSTERS } from '@/lib/content/discussion-threads';
import { entryText, suggestTags, type TagModel, vocabularyOf } from '@/lib/content/tag-suggestions';
import type { Discussion } from '@/lib/discussions';
import { entryFile, type Repository } from '@/lib/repository';
import { PATHS, permalinkOf, shareShardPath } from '@/lib/routes';
import { hostnameOf, isAbsoluteHttpUrl } from '@/lib/url';
import styles from './ShareForm.module.css';
import { ShareResult } from './ShareResult';

/** What the reader typed, field by field; the kind is empty until chosen, and the URL suggests one. */
type Fields = Record<ShareField, string>;

const EMPTY = Object.fromEntries(SHARE_FIELDS.map((name) => [name, ''])) as Fields;

const tagsOf = (text: string) => text.split(/[\s,]+/).filter(Boolean);
const namesOf = (text: string) => text.split(',').map((name) => name.trim()).filter(Boolean);

interface ShareFormProps {
  /** The most used tags of content/tags.yml, offered as buttons; the whole vocabulary comes with the tag model. */
  popular: { name: string; title: string }[];
  /** How many tags the vocabulary has in all. */
  tagCount: number;
  repository?: Repository;
}

/**
 * The share page's form: the entry as the site will show it, what `npm run check` will say,
 * and the file, written exactly as `npm run new` writes it, ready for GitHub's editor.
 */
export function ShareForm({ popular, tagCount, repository }: ShareFormProps) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  /** Share the selected words as a quotation rather than the page as a link. */
  const [asQuotation, setAsQuotation] = useState(false);
  /** The text selected on the page, which either kind of entry can use. */
  const [selection, setSelection] = useState('');
  /** The shards of the site's entries fetched so far (lib/content/share.ts), or why one could not be. */
  const [shards, setShards] = useState<Record<string, ShareShard | 'failed'>>({});
  const [model, setModel] = useState<TagModel>();
  /** What Hacker News said of the URL in the form: its most discussed thread, or why it could not say. */
  const [asked, setAsked] = useState<{ url: string; thread?: Discussion; failed?: string }>();
  const [keepThread, setKeepThread] = useState(true);

  useEffect(() => {
    // Filled here, not on the server: the page is static, and today and the shared page are the reader's.
    const shared = sharedPageFrom(window.location.hash, window.location.search);
    const metadata = shared?.metadata;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address and the day exist only in the browser, after hydration
    setFields((current) => ({
      ...current,
      date: today(),
      ...(shared && {
        url: shared.url ?? '',
        title: metadata?.title ?? '',
        description: fitDescription(metadata?.description ?? ''),
        authors: metadata?.authors.join(', ') ?? '',
        site: metadata?.site ?? '',
        published: metadata?.published ?? '',
        commentary: shared.selection ? quotation(shared.selection) : '',
        quote: shared.selection ? literalMarkdown(shared.selection) : '',
        by: metadata?.authors[0] ?? '',
      }),
    }));
    setSelection(shared?.selection ?? '');
    // The page's data has been read; a reload starts afresh and the address stays short.
    if (shared) window.history.replaceState(null, '', window.location.pathname);
    // Without it there are no suggestions, and nothing else changes.
    fetch(PATHS.shareTagModel)
      .then((response) => (response.ok ? response.json() : undefined))
      .then(setModel, () => undefined);
  }, []);

  const vocabulary = useMemo(() => model && vocabularyOf(model), [model]);
  const url = fields.url.trim();
  const validUrl = isAbsoluteHttpUrl(url, { spaces: true });
  const kind = (isLinkKind(fields.kind) && fields.kind) || (validUrl ? inferKind(url) : 'article');
  const tags = tagsOf(fields.tags);
  // Hacker News answers browsers (Lobsters does not): asked once the address stops changing.
  useEffect(() => {
    if (!validUrl) return;
    let current = true;
    const timer = setTimeout(() => {
      fetch(HACKER_NEWS.query(HACKER_NEWS.api, url), { signal: AbortSignal.timeout(5_000) })
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`it answered ${response.status}`))))
        .then((answer) => current && setAsked({ url, thread: hackerNewsThread(answer, url, today()) }))
        .catch((error: Error) => current && setAsked({ url, failed: error.name === 'TimeoutError' ? 'no answer within 5 s' : error.message }));
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [url, validUrl]);
  const thread = asked?.url === url ? asked.thread : undefined;

  const by = fields.by.trim();
  const title = asQuotation ? quotationTitle(by, fields.quote) : fields.title.trim();
  const slugShard = shardOf(slugBase(title));
  const linkShard = validUrl ? urlShardOf(url) : undefined;
  // Each shard once, when the URL and title stop changing for a moment: a few kB, however large the site.
  const requested = useRef(new Set<string>());
  useEffect(() => {
    const timer = setTimeout(() => {
      for (const shard of [slugShard, linkShard]) {
        if (shard === undefined || requested.current.has(shard)) continue;
        requested.current.add(shard);
        fetch(shareShardPath(shard))
          .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
          .then(
            (loaded: ShareShard) => setShards((current) => ({ ...current, [shard]: loaded })),
            () => setShards((current) => ({ ...current, [shard]: 'failed' })),
          );
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [slugShard, linkShard]);
  const shardFor = (shard: string | undefined): ShareShard => {
    const loaded = shard === undefined ? undefined : shards[shard];
    return loaded && loaded !== 'failed' ? loaded : { slugs: [], links: [] };
  };
  const indexFailed = shards[slugShard] === 'failed' || (linkShard !== undefined && shards[linkShard] === 'failed');
  const slug = entrySlug(title, new Set(shardFor(slugShard).slugs));
  const file = entryFile(slug);
  const common = { url, date: fields.date, tags, site: fields.site.trim() || undefined, published: fields.published || undefined, commentary: fields.commentary };
  const source = asQuotation
    ? quotationSource({ ...common, quote: fields.quote, by, context: fields.context.trim() || undefined })
    : entrySource({
        ...common,
        title: fields.title.trim(),
        description: fields.description.trim(),
        kind,
        authors: namesOf(fields.authors),
        via: fields.via.trim() || undefined,
        discussions: thread && keepThread ? [thread] : undefined,
      });
  const findings = checkNewEntry(file, source, { shard: shardFor(linkShard), vocabulary, today: today() });
  const suggested = model
    ? suggestTags(model, entryText({ title: fields.title, description: fields.description, site: fields.site, quote: asQuotation ? fields.quote : undefined, commentary: fields.commentary }))
    : [];
  const existing = validUrl && !asQuotation ? alreadyShared(url, shardFor(linkShard)) : undefined;

  /** As a quotation, the selection is the words, not a quotation inside the commentary. */
  const chooseQuotation = (chosen: boolean) => {
    setAsQuotation(chosen);
    const quoted = selection ? quotation(selection) : '';
    setFields((current) => ({
      ...current,
      commentary: chosen ? (current.commentary === quoted ? '' : current.commentary) : current.commentary || quoted,
    }));
  };

  const set = (name: ShareField) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    const { value } = event.target;
    setFields((current) => ({ ...current, [name]: value }));
  };
  const toggleTag = (tag: string) =>
    setFields((current) => {
      const chosen = tagsOf(current.tags);
      return { ...current, tags: (chosen.includes(tag) ? chosen.filter((name) => name !== tag) : [...chosen, tag]).join(', ') };
    });

  /** A field's problems are shown beside it once it holds something; empty required fields are listed below the form. */
  const problemsOf = (name: ShareField) => (fields[name].trim() === '' ? [] : findings.filter((finding) => shareFieldOf(finding) === name));
  const control = (name: ShareField) => {
    const problems = problemsOf(name);
    return {
      id: `share-${name}`,
      name,
      value: fields[name],
      onChange: set(name),
      'aria-invalid': problems.some((problem) => problem.level !== 'notice') || undefined,
      'aria-describedby': [`share-${name}-hint`, problems.length > 0 && `share-${name}-problem`].filter(Boolean).join(' '),
      className: styles.input,
    };
  };
  const field = (name: ShareField, label: string, hint: React.ReactNode, input: React.ReactNode) => (
    <div className="mt-5">
      <label htmlFor={`share-${name}`} className="font-medium">
        {label}
      </label>
      {input}
      <p id={`share-${name}-hint`} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {hint}
      </p>
      <Problems id={`share-${name}-problem`} findings={problemsOf(name)} />
    </div>
  );

  return (
    <form className="mt-2" onSubmit={(event) => event.preventDefault()} aria-describedby="share-status">
      {field(
        'url',
        'URL',
        'The address of the page being shared.',
        <input type="url" inputMode="url" autoComplete="off" required {...control('url')} />,
      )}
      <div className="mt-5 flex items-center gap-2">
        <input id="share-as-quotation" type="checkbox" checked={asQuotation} onChange={(event) => chooseQuotation(event.target.checked)} />
        <label htmlFor="share-as-quotation" className="font-medium">
          Share as a quotation
        </label>
        <span className="text-sm text-zinc-600 dark:text-zinc-400">{selection ? '(the text you selected)' : '(paste the words below)'}</span>
      </div>
      {validUrl && !asQuotation && (
        <div id="share-discussions" className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {thread ? (
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={keepThread} onChange={(event) => setKeepThread(event.target.checked)} />
              <span>
                Record its discussion on Hacker News:{' '}
                <a href={thread.url} className="underline">
                  {thread.title ?? thread.url}
                </a>{' '}
                ({thread.comments} comments)
              </span>
            </label>
          ) : asked?.url === url && asked.failed ? (
            <p>
              Hacker News could not be asked ({asked.failed}):{' '}
              <a href={HACKER_NEWS.searchPage(url)} className="underline">
                search it by hand
              </a>
              .
            </p>
          ) : null}
          <p className="mt-1">
            Lobsters does not let other sites read its answers from a browser:{' '}
            <a href={LOBSTERS.searchPage(url)} className="underline">
              search Lobsters
            </a>{' '}
            (or use <code>npm run new</code>, which asks both).
          </p>
        </div>
      )}
      {existing && (
        <p className="mt-1 text-sm">
          Already shared:{' '}
          <a href={existing.permalink} className="text-accent-600 underline dark:text-accent-300">
            {existing.title}
          </a>
        </p>
      )}
      {asQuotation && (
        <>
          {field('quote', 'Quotation', 'The words, as Markdown (up to 1,500 characters).', <textarea rows={5} required {...control('quote')} />)}
          {field('by', 'Who said it', 'The person quoted: the page’s author unless you change it.', <input type="text" required {...control('by')} />)}
          {field('context', 'Context', 'Where it was said, such as “in a talk at Strange Loop”; optional.', <input type="text" {...control('context')} />)}
        </>
      )}
      {!asQuotation && field('title', 'Title', 'As the page titles itself, without the site’s name.', <input type="text" required {...control('title')} />)}
      {!asQuotation &&
        field(
          'description',
          'Description',
          'One or two sentences on what the page says (up to 400 characters).',
          <textarea rows={3} required {...control('description')} />,
        )}
      {!asQuotation && field(
        'kind',
        'Kind',
        'What the link is; guessed from the address until you choose.',
        <select {...control('kind')} value={kind}>
          {LINK_KINDS.map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option]}
            </option>
          ))}
        </select>,
      )}
      {field(
        'tags',
        'Tags',
        <>Separated by commas, from the site’s tags. Choose below or type them.</>,
        <input type="text" autoComplete="off" autoCapitalize="none" spellCheck={false} {...control('tags')} />,
      )}
      {suggested.length > 0 && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span id="share-suggested">Suggested from the site’s entries:</span>
          {suggested.map((tag) => (
            <button key={tag} type="button" aria-label={`Suggested tag ${tag}`} aria-pressed={tags.includes(tag)} onClick={() => toggleTag(tag)} className={styles.tag}>
              {tag}
            </button>
          ))}
          <button type="button" onClick={() => setFields((current) => ({ ...current, tags: suggested.join(', ') }))} className={styles.secondary}>
            Use the suggested tags
          </button>
        </p>
      )}
      <ul aria-label="The site’s tags" className="mt-2 flex flex-wrap gap-2">
        {popular.map(({ name, title }) => (
          <li key={name}>
            <button
              type="button"
              aria-pressed={tags.includes(name)}
              title={title}
              onClick={() => toggleTag(name)}
              className={styles.tag}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
      {tagCount > popular.length && (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          The {popular.length} most used of {tagCount.toLocaleString('en')} tags; type any other by its name (the{' '}
          <a href={PATHS.tags} className="underline">tags page</a> lists them all).
        </p>
      )}
      {!asQuotation && field('authors', 'Authors', 'Names separated by commas; optional.', <input type="text" {...control('authors')} />)}
      {field('site', 'Site', 'The publication’s name; optional.', <input type="text" {...control('site')} />)}
      {field('published', 'Published', 'The day the page itself was published; optional.', <input type="date" {...control('published')} />)}
      {field('date', 'Shared on', 'The entry’s date; a later day schedules it.', <input type="date" required {...control('date')} />)}
      {!asQuotation && field('via', 'Via', 'Where you found it, a name or an address; optional.', <input type="text" {...control('via')} />)}
      {field(
        'commentary',
        'Commentary',
        'Markdown: why it is worth reading. Plain text, links and quotations; no HTML.',
        <textarea rows={6} {...control('commentary')} />,
      )}

      <ShareResult
        card={
          asQuotation && validUrl && by && fields.quote.trim()
            ? {
                title: `Quoting ${by}`,
                url,
                hostname: hostnameOf(url),
                description: '',
                date: fields.date || today(),
                kind,
                tags,
                permalink: permalinkOf(slug),
                quoteHtml: quotationPreviewHtml(fields.quote),
                by,
                site: fields.site.trim() || undefined,
                context: fields.context.trim() || undefined,
              }
            : !asQuotation && validUrl && fields.title.trim()
            ? {
                title: fields.title.trim(),
                url,
                hostname: hostnameOf(url),
                description: fitDescription(fields.description.trim()),
                date: fields.date || today(),
                kind,
                tags,
                permalink: permalinkOf(slug),
              }
            : undefined
        }
        findings={findings}
        file={file}
        source={source}
        repository={repository}
        indexFailed={indexFailed}
      />
    </form>
  );
}

function Problems({ id, findings }: { id: string; findings: FileFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul id={id} className={styles.problems}>
      {findings.map((finding, position) => (
        <li key={position}>{finding.level === 'notice' ? `Note: ${finding.message}` : finding.message}</li>
      ))}
    </ul>
  );
}
