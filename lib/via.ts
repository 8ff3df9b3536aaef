import { hostnameOf, isAbsoluteHttpUrl } from './url';

export interface Via {
  name: string;
  url?: string;
}

/** Where a link was found, from the front matter's `via`: a name, a URL, or `{ name, url }`. */
export function viaOf(value: unknown): Via | undefined {
  if (typeof value === 'string') {
    return isAbsoluteHttpUrl(value) ? { name: hostnameOf(value), url: value } : { name: value };
  }
  if (value !== null && typeof value === 'object') {
    const { name, url } = value as { name?: string; url?: string };
    if (url) return { name: name ?? hostnameOf(url), url };
    if (name) return { name };
  }
  return undefined;
}
