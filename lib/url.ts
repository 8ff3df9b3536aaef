/** True for an absolute http(s) URL with a host: what an entry may link to. */
export function isAbsoluteHttpUrl(value: string): boolean {
  if (value.trim() !== value || /\s/.test(value)) return false;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}

/** The host a reader will land on, as shown beside a title: `https://www.example.com/a` → `example.com`. */
export function hostnameOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
