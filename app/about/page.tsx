import type { Metadata } from 'next';
import { Mdx } from '@/components/Mdx';
import { pageMetadata } from '@/lib/metadata';
import { getPage } from '@/lib/posts';

const about = getPage('about');
if (!about) throw new Error('content/pages/about.mdx is missing');

export const metadata: Metadata = pageMetadata({ title: about.title, description: about.description, path: '/about' });

export default function AboutPage() {
  return (
    <article>
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">{about!.title}</h1>
      <div className="mt-6">
        <Mdx code={about!.body.code} />
      </div>
    </article>
  );
}
