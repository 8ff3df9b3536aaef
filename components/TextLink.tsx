interface TextLinkProps {
  href: string;
  children: React.ReactNode;
  /** Gap between the text and its underline, in Tailwind's steps. */
  offset?: 2 | 4;
  /** Medium weight, for a link that is the point of its sentence. */
  strong?: boolean;
}

/** A link within running text: the accent colour, underlined. */
export function TextLink({ href, children, offset, strong = false }: TextLinkProps) {
  const className = [strong && 'font-medium', 'text-accent-600 underline', offset && `underline-offset-${offset}`, 'dark:text-accent-300']
    .filter(Boolean)
    .join(' ');
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}
