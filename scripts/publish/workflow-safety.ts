/**
 * What `npm test` holds every GitHub workflow to, so a pull request can never run its own
 * code with the repository's secrets or a write token:
 *
 * - A workflow that holds a secret or any write permission runs only on triggers for which
 *   GitHub runs the workflow file of the default branch (`schedule`, `workflow_dispatch`,
 *   `repository_dispatch`) or of a push to `main`. `pull_request_target`, `workflow_run`,
 *   `deployment` and `deployment_status` are refused: the first two run with secrets beside
 *   a pull request's code, and the last two run the deployed commit's own file (a preview of a
 *   pull request's included). `pull_request` and a push to any other branch run the branch's file.
 * - Every workflow says its token's permissions (no silent default).
 * - No `run:` script interpolates what a stranger can write (`github.event.*`,
 *   `github.head_ref`, `inputs.*`): it is passed through `env:` and quoted instead.
 */
import { parse } from 'yaml';

/** Triggers for which GitHub runs the default branch's copy of the workflow. */
const DEFAULT_BRANCH_TRIGGERS = new Set(['schedule', 'workflow_dispatch', 'repository_dispatch']);
const UNTRUSTED_EXPRESSION = /\$\{\{[^}]*\b(github\.event\.|github\.head_ref|inputs\.)[^}]*\}\}/;

type Workflow = { on?: unknown; permissions?: unknown; jobs?: Record<string, { permissions?: unknown; steps?: { run?: unknown }[] }> };

const writes = (permissions: unknown) =>
  permissions === 'write-all' || (typeof permissions === 'object' && permissions !== null && Object.values(permissions).includes('write'));

function triggersOf(on: unknown): Record<string, unknown> {
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((name) => [String(name), null]));
  return (on ?? {}) as Record<string, unknown>;
}

/** A push runs the pushed branch's file: safe only when every branch it runs on is main. */
function pushesOnlyMain(push: unknown): boolean {
  const branches = (push as { branches?: unknown } | null)?.branches;
  return Array.isArray(branches) && branches.length > 0 && branches.every((branch) => branch === 'main');
}

/** Every problem of one workflow file, each naming the file and the fix. */
export function workflowProblems(file: string, source: string): string[] {
  const workflow = parse(source) as Workflow;
  const problems: string[] = [];
  const jobs = Object.entries(workflow.jobs ?? {});
  const secrets = /\$\{\{[^}]*\bsecrets\./.test(source);
  const write = writes(workflow.permissions) || jobs.some(([, job]) => writes(job.permissions));
  if (workflow.permissions === undefined) {
    problems.push(`${file}: set \`permissions:\` at the top (for example \`contents: read\`), so the token has no more than the workflow needs`);
  }
  if (secrets || write) {
    const holds = [secrets && 'secrets', write && 'a write token'].filter(Boolean).join(' and ');
    for (const [trigger, settings] of Object.entries(triggersOf(workflow.on))) {
      if (DEFAULT_BRANCH_TRIGGERS.has(trigger) || (trigger === 'push' && pushesOnlyMain(settings))) continue;
      problems.push(
        `${file}: holds ${holds} and runs on \`${trigger}\`, which can run a file a pull request changed or beside its code; ` +
          'trigger it with schedule, workflow_dispatch, repository_dispatch or push to main',
      );
    }
  }
  for (const [name, job] of jobs) {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const match = typeof step.run === 'string' ? UNTRUSTED_EXPRESSION.exec(step.run) : null;
      if (match) {
        problems.push(`${file}: job ${name}, step ${index + 1} writes \`${match[0]}\` into its script, where a stranger's text runs as shell; pass it through \`env:\` and use "$NAME"`);
      }
    }
  }
  return problems;
}
