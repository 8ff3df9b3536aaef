/**
 * `npm run digest [-- --week 2026-W48]`: a week's digest (by default the last complete week)
 * as Markdown and as email-safe HTML, for pasting into any newsletter tool. Reads the
 * published entries as the site does, from `npm run content`'s output.
 */
import { parseArgs } from 'node:util';
import { digestHtml, digestMarkdown } from '@/lib/feeds/digest';
import { digestWeeksForFeeds } from '@/lib/feeds/site';
import { site } from '@/lib/site';
import { parseWeek, weekId } from '@/lib/weeks';

const { values } = parseArgs({ options: { week: { type: 'string' } } });
const weeks = digestWeeksForFeeds();
const asked = values.week === undefined ? undefined : parseWeek(values.week);
if (values.week !== undefined && !asked) {
  console.error(`--week ${values.week}: write a week as YYYY-Www, such as 2026-W48.`);
  process.exit(2);
}
const week = asked ? weeks.find((candidate) => candidate.id === weekId(asked)) : weeks[0];
if (!week) {
  console.error(
    asked
      ? `${values.week} has no digest: it has no published entry, or it is not over yet. Weeks with one: ${weeks.slice(0, 5).map((w) => w.id.toUpperCase()).join(', ')}${weeks.length > 5 ? '…' : ''}.`
      : 'No complete week has an entry yet.',
  );
  process.exit(1);
}
console.log(`<!-- Markdown: ${week.id.toUpperCase()} -->\n\n${digestMarkdown(week, site.url, site.name)}`);
console.log(`<!-- HTML: ${week.id.toUpperCase()} -->\n\n${digestHtml(week, site.url, site.name)}`);
