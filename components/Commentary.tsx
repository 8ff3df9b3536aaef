/**
 * An entry's commentary (or a page's text): HTML that Contentlayer made from the Markdown
 * through lib/markdown.ts, which drops raw HTML and unsafe URLs, so it is inserted as is.
 */
export function Commentary({ html }: { html: string }) {
  return (
    <div
      className="prose prose-zinc max-w-none dark:prose-invert prose-a:text-accent-600 dark:prose-a:text-accent-300"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
