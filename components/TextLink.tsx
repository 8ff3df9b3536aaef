import Link from 'next/link';

interface TextLinkProps {
  href: string;
  children: React.ReactNode;
  /** Gap between the text and its underline, in Tailwind's steps. */
  offset?: 2 | 4;
  /** Medium weight, for a link that is the point of its sentence. */
  strong?: boolean;
  prefetch?: false;
}

/** A link within running text: the accent colour, underlined. */
export function TextLink({ href, children, offset, strong = false, prefetch }: TextLinkProps) {
  const className = [strong && 'font-medium', 'text-accent-600 underline', offset && `underline-offset-${offset}`, 'dark:text-accent-300']
    .filter(Boolean)
    .join(' ');
  return (
    // An omitted prefetch stays omitted, so the page's payload carries no `prefetch: undefined`.
    <Link href={href} {...(prefetch === false ? { prefetch } : {})} className={className}>
      {children}
    </Link>
  );
}
