import { useState } from 'react';
import type { FileFinding } from '@/lib/content/findings';
import { shareFieldOf } from '@/lib/content/share';
import { MAX_EDITOR_URL, newFileUrl, type Repository } from '@/lib/repository';
import { type CardEntry, PostCard } from './PostCard';
import styles from './ShareForm.module.css';

interface ShareResultProps {
  /** The entry as lists will show it, once it has a title and a link. */
  card?: CardEntry;
  findings: FileFinding[];
  file: string;
  source: string;
  repository?: Repository;
  /** The site's list of links did not load, so a link shared twice cannot be caught here. */
  indexFailed: boolean;
}

/** Below the share form: the card, what the checks say, the file, and the way to GitHub. */
export function ShareResult({ card, findings, file, source, repository, indexFailed }: ShareResultProps) {
  const [copied, setCopied] = useState<string>();
  const errors = findings.filter((finding) => finding.level !== 'notice');
  const notices = findings.filter((finding) => finding.level === 'notice');
  const editorUrl = repository && newFileUrl(repository, file, source);
  const fitsEditorUrl = editorUrl !== undefined && editorUrl.length <= MAX_EDITOR_URL;
  const copy = async () => {
    await navigator.clipboard.writeText(source);
    setCopied(source);
  };

  return (
    <section aria-labelledby="share-result" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="share-result" className="text-xl font-semibold">
        The entry
      </h2>
      {card && (
        <section className="mt-2 rounded border border-zinc-200 px-4 dark:border-zinc-800" aria-label="Preview">
          <PostCard post={card} />
        </section>
      )}
      <div id="share-status" role="status" className="mt-4">
        {errors.length > 0 ? (
          <>
            <p className="font-medium">Before it can be shared:</p>
            <ul className="mt-1 list-disc pl-6">
              {errors.map((finding, position) => (
                <li key={position}>
                  <a href={`#share-${shareFieldOf(finding)}`} className="underline">
                    {shareFieldOf(finding)}
                  </a>
                  : {finding.message}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="font-medium">Ready: it passes the site’s checks.</p>
        )}
        {notices.map((finding, position) => (
          <p key={position} className="mt-1 text-sm">
            {finding.field}: {finding.message}
          </p>
        ))}
        {indexFailed && (
          <p className="mt-1 text-sm">The site’s list of links did not load: a link shared before will be caught by the pull request’s check instead.</p>
        )}
      </div>
      <figure className="mt-4">
        <figcaption className="font-mono text-sm">{file}</figcaption>
        <pre className={styles.file}>{source}</pre>
      </figure>
      {errors.length === 0 && (
        <>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            {editorUrl && (
              <a href={fitsEditorUrl ? editorUrl : newFileUrl(repository!, file)} target="_blank" rel="noopener noreferrer" className={styles.primary}>
                Open in GitHub’s editor
              </a>
            )}
            <button type="button" onClick={copy} className={styles.secondary}>
              {copied === source ? 'Copied' : 'Copy the file'}
            </button>
          </div>
          {editorUrl && !fitsEditorUrl && (
            <p className="mt-2 text-sm">The file is too long to travel in GitHub’s address: copy it, then paste it into the editor that opens.</p>
          )}
          {editorUrl && (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              GitHub opens the new file in {repository!.name}; commit it to a new branch and open the pull request. The same checks run there.
            </p>
          )}
        </>
      )}
    </section>
  );
}
