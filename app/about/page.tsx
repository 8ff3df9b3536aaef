import type { Metadata } from 'next';
import { Commentary } from '@/components/Commentary';
import { PageHeading } from '@/components/PageHeading';
import { pageMetadata } from '@/lib/metadata';
import { getPage } from '@/lib/posts';
import { PATHS } from '@/lib/routes';

const about = getPage('about');
if (!about) throw new Error('content/pages/about.mdx is missing');

export const metadata: Metadata = pageMetadata({ title: about.title, description: about.description, path: PATHS.about });

export default function AboutPage() {
  return (
    <article>
      <PageHeading>{about!.title}</PageHeading>
      <div className="mt-6">
        <Commentary html={about!.body.html} />
      </div>
    </article>
  );
}
