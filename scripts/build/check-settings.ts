/**
 * The settings the build reads from the environment (lib/site.ts: the newsletter, the
 * repository, the build's day), checked before anything reads them: imported first by the build's first step
 * (`npm run check`) and by the pages step, so that a malformed one ends the build with its own
 * message, what it is and what to set, rather than a stack trace from wherever it was first read.
 */
import { buildDayFrom } from '../../lib/dates';
import { newsletterFrom } from '../../lib/newsletter';
import { repositoryFrom } from '../../lib/repository';

for (const read of [newsletterFrom, repositoryFrom, buildDayFrom]) {
  try {
    read(process.env);
  } catch (error) {
    console.error(`Settings: ${(error as Error).message}`);
    process.exit(1);
  }
}
