import { getMDXComponent } from 'next-contentlayer2/hooks';

type MDXContent = ReturnType<typeof getMDXComponent>;

// One component per compiled document, made once rather than on every render.
const components = new Map<string, MDXContent>();

function componentFor(code: string): MDXContent {
  let component = components.get(code);
  if (!component) {
    component = getMDXComponent(code);
    components.set(code, component);
  }
  return component;
}

/** Renders MDX compiled by Contentlayer, at build time: the commentary ships as plain HTML. */
export function Mdx({ code }: { code: string }) {
  const Content = componentFor(code);
  return (
    <div className="prose prose-zinc max-w-none dark:prose-invert prose-a:text-accent-600 dark:prose-a:text-accent-300">
      {/* eslint-disable-next-line react-hooks/static-components -- cached per document, so its identity is stable */}
      <Content />
    </div>
  );
}
