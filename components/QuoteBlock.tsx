import { Commentary } from './Commentary';

/** What a quotation shows wherever it appears: its words, and who said them where, linking to the source. */
export interface QuotationParts {
  url: string;
  /** The words as sanitised HTML (lib/markdown.ts, through lib/posts.ts). */
  quoteHtml: string;
  by?: string;
  site?: string;
  context?: string;
}

/**
 * The words as a block quotation citing their source, then "— who, where". `summary` marks the
 * element the search page replaces with the words marked.
 */
export function QuoteBlock({ quote, large = false }: { quote: QuotationParts; large?: boolean }) {
  const where = [quote.site, quote.context].filter(Boolean).join(', ');
  return (
    <figure className="mt-2">
      <blockquote cite={quote.url} className={`border-l-4 border-zinc-300 pl-4 dark:border-zinc-600 ${large ? 'text-lg' : ''}`}>
        <div data-search-summary>
          <Commentary html={quote.quoteHtml} />
        </div>
      </blockquote>
      <figcaption className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        —{' '}
        <a href={quote.url} className="underline underline-offset-2 hover:text-accent-600 dark:hover:text-accent-300">
          {quote.by}
        </a>
        {where && `, ${where}`}
      </figcaption>
    </figure>
  );
}
