/** Text cut at a word to at most `max` characters, marked with an ellipsis when cut. No imports: the share page uses it. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
