/**
 * Following by email: the newsletter provider's subscribe endpoint, where the site's plain
 * HTML form posts a reader's address. The site sends no email and stores no address; the
 * provider turns the digest feed (/digest/feed.xml) into the weekly email. No imports: the
 * site config and the pages step both read it.
 */

export interface Newsletter {
  /** The form's `action`: the provider's subscribe URL (https). */
  action: string;
  /** The name the provider expects for the address: `email` (Buttondown), `EMAIL` (Mailchimp), `fields[email]` (MailerLite). */
  emailField: string;
  /** The provider's origin, which every page's `form-action` must allow. */
  origin: string;
}

type Environment = Record<string, string | undefined>;

/**
 * `NEWSLETTER_URL` (and `NEWSLETTER_EMAIL_FIELD`, `email` by default); undefined when unset,
 * and the site then offers its feeds instead. A malformed value fails the build.
 */
export function newsletterFrom(env: Environment): Newsletter | undefined {
  const value = env.NEWSLETTER_URL?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' || url.username || url.password) {
    throw new Error(`NEWSLETTER_URL is "${value}": set it to the provider's https subscribe address, such as https://buttondown.com/api/emails/embed-subscribe/<username>.`);
  }
  const emailField = env.NEWSLETTER_EMAIL_FIELD?.trim() || 'email';
  // A name, or a name with keys as PHP-style forms write them: `fields[email]`.
  if (!/^[A-Za-z][\w-]*(\[[\w-]+\])*$/.test(emailField)) {
    throw new Error(`NEWSLETTER_EMAIL_FIELD is "${emailField}": set it to the field name the provider expects, such as email, EMAIL or fields[email].`);
  }
  return { action: url.href, emailField, origin: url.origin };
}
