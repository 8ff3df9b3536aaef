import { editFileUrl, entryFile } from '@/lib/repository';
import { site } from '@/lib/site';
import { TextLink } from './TextLink';

/** GitHub's editor for the entry's file; absent when the site does not know its repository. */
export function EditEntryLink({ slug }: { slug: string }) {
  if (!site.repository) return null;
  return (
    <p className="mt-8 text-sm text-zinc-600 dark:text-zinc-400">
      A mistake, or something to add? <TextLink href={editFileUrl(site.repository, entryFile(slug))}>Edit this entry</TextLink> on GitHub.
    </p>
  );
}
