/**
 * What `npm test` holds every GitHub workflow to (`.yml` and `.yaml` alike), so a pull request
 * can never run its own code with the repository's secrets or a write token:
 *
 * - A workflow that holds a secret (any expression that reads `secrets`, or `secrets: inherit`)
 *   or any write permission runs only on triggers that a pull request cannot start: `schedule`
 *   and `repository_dispatch` (GitHub runs the default branch's file), `workflow_dispatch` (the
 *   file of the branch it is dispatched on, which only people with write access can do) and a
 *   push to `main`. `pull_request_target`, `workflow_run`, `deployment` and `deployment_status`
 *   are refused: the first two run beside a pull request's code, the last two run the deployed
 *   commit's own file (a preview of a pull request's included). `pull_request` and a push to
 *   any other branch run the branch's file.
 * - `pull_request_target` and `workflow_run` never check out a ref from the event, even with no
 *   secret: the build would run the pull request's code with the default branch's cache.
 * - A job with a secret or a write token never checks out a ref or repository that an event or
 *   an input names.
 * - A job with a secret or a write token runs other repositories' actions pinned to a commit,
 *   never by a tag or branch, which their owners (or whoever takes their account) can move.
 * - Every workflow says its token's permissions (no silent default).
 * - No script (`run:`, `actions/github-script`'s `script:`) interpolates what a stranger can
 *   write (`github.event`, `github.head_ref`, `inputs`, or an `env` value made of them), in any
 *   spelling GitHub's expressions accept: it is passed through `env:` and quoted instead.
 *
 * The file is read as YAML and every `${{ … }}` expression wherever it stands is parsed, so that
 * index syntax (`secrets['X']`), functions (`toJSON(github.event)`, `format('{0}', …)`) and case
 * (`GitHub.Event`) name the same contexts as the dotted form.
 */
import { parse } from 'yaml';

const SAFE_TRIGGERS = new Set(['schedule', 'workflow_dispatch', 'repository_dispatch']);
/** Triggers that run with the default branch's token and cache beside a pull request's code. */
const PRIVILEGED_PULL_REQUEST_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);

type Step = { uses?: unknown; run?: unknown; with?: Record<string, unknown>; env?: unknown };
type Job = { permissions?: unknown; secrets?: unknown; env?: unknown; steps?: Step[] };
type Workflow = { on?: unknown; permissions?: unknown; env?: unknown; jobs?: Record<string, Job> };

/** GitHub reads a workflow from either extension. */
export const isWorkflowFile = (name: string) => /\.ya?ml$/i.test(name);

/** The `${{ … }}` expressions in a string, found by a scan that skips their quoted strings. */
function expressionsIn(text: string): string[] {
  const found: string[] = [];
  let start = text.indexOf('${{');
  while (start !== -1) {
    let at = start + 3;
    let quoted = false;
    while (at < text.length) {
      if (text[at] === "'") {
        // '' inside a string is a quote, and leaves the string open.
        if (quoted && text[at + 1] === "'") at += 1;
        else quoted = !quoted;
      } else if (!quoted && text.startsWith('}}', at)) break;
      at += 1;
    }
    found.push(text.slice(start + 3, at));
    start = text.indexOf('${{', at + 2);
  }
  return found;
}

/**
 * An expression as plain dotted names: `a['b']` becomes `a.b`, other strings are emptied,
 * and names are lower-cased (GitHub's context names are case-insensitive).
 */
function normalised(expression: string): string {
  return expression
    .replace(/\[\s*'((?:[^']|'')*)'\s*\]/g, (_, name: string) => `.${name.replace(/''/g, "'")}`)
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/\s*\.\s*/g, '.')
    .toLowerCase();
}

const readsSecrets = (expression: string) => /(?<![\w.-])secrets\b/.test(normalised(expression));
const UNTRUSTED = /(?<![\w.-])(github\.(event|head_ref)\b|inputs\b)/;

/** What in an expression a stranger may have written, or null. */
function untrustedPart(expression: string, taintedEnv: Set<string>): string | null {
  const plain = normalised(expression);
  const direct = UNTRUSTED.exec(plain);
  if (direct) return direct[1];
  for (const [, name] of plain.matchAll(/(?<![\w.-])env\.([\w-]+)/g)) if (taintedEnv.has(name)) return `env.${name}`;
  return null;
}

/** Every string in a parsed YAML value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  return [];
}

const anyExpression = (value: unknown, test: (expression: string) => boolean) =>
  stringsIn(value).some((text) => expressionsIn(text).some(test));

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

/** Names of `env:` entries, at any level, whose value carries a stranger's text. */
function taintedEnvNames(workflow: Workflow): Set<string> {
  const maps = [workflow.env, ...Object.values(workflow.jobs ?? {}).flatMap((job) => [job.env, ...(job.steps ?? []).map((step) => step.env)])];
  const names = new Set<string>();
  for (const map of maps) {
    if (!map || typeof map !== 'object') continue;
    for (const [name, value] of Object.entries(map)) {
      if (anyExpression(value, (expression) => untrustedPart(expression, new Set()) !== null)) names.add(name.toLowerCase());
    }
  }
  return names;
}

const usesAction = (step: Step, action: string) => typeof step.uses === 'string' && step.uses.toLowerCase().startsWith(`${action}@`);

/** The scripts of a step: what GitHub runs as shell or as JavaScript. */
function scriptsOf(step: Step): string[] {
  const scripts = typeof step.run === 'string' ? [step.run] : [];
  if (usesAction(step, 'actions/github-script') && typeof step.with?.script === 'string') scripts.push(step.with.script);
  return scripts;
}

/** Every problem of one workflow file, each naming the file and the fix. */
export function workflowProblems(file: string, source: string): string[] {
  const workflow = (parse(source) ?? {}) as Workflow;
  const problems: string[] = [];
  const jobs = Object.entries(workflow.jobs ?? {});
  const triggers = Object.entries(triggersOf(workflow.on));
  const tainted = taintedEnvNames(workflow);
  const jobHoldsSecrets = (job: Job) => job.secrets !== undefined || anyExpression(job, readsSecrets);
  const jobWrites = (job: Job) => (job.permissions === undefined ? writes(workflow.permissions) : writes(job.permissions));
  const secrets = anyExpression(workflow.env, readsSecrets) || jobs.some(([, job]) => jobHoldsSecrets(job));
  const write = writes(workflow.permissions) || jobs.some(([, job]) => writes(job.permissions));

  if (workflow.permissions === undefined) {
    problems.push(`${file}: set \`permissions:\` at the top (for example \`contents: read\`), so the token has no more than the workflow needs`);
  }
  if (secrets || write) {
    const holds = [secrets && 'secrets', write && 'a write token'].filter(Boolean).join(' and ');
    for (const [trigger, settings] of triggers) {
      if (SAFE_TRIGGERS.has(trigger) || (trigger === 'push' && pushesOnlyMain(settings))) continue;
      problems.push(
        `${file}: holds ${holds} and runs on \`${trigger}\`, which can run a file a pull request changed or beside its code; ` +
          'trigger it with schedule, workflow_dispatch, repository_dispatch or push to main',
      );
    }
  }
  const privilegedTrigger = triggers.map(([trigger]) => trigger).find((trigger) => PRIVILEGED_PULL_REQUEST_TRIGGERS.has(trigger));
  for (const [name, job] of jobs) {
    const privileged = jobWrites(job) || jobHoldsSecrets(job) || anyExpression(workflow.env, readsSecrets);
    for (const [index, step] of (job.steps ?? []).entries()) {
      const where = `${file}: job ${name}, step ${index + 1}`;
      for (const script of scriptsOf(step)) {
        for (const expression of expressionsIn(script)) {
          const part = untrustedPart(expression, tainted);
          if (part) {
            problems.push(`${where} writes \`\${{${expression}}}\` (${part}) into its script, where a stranger's text runs as code; pass it through \`env:\` and use "$NAME"`);
          }
        }
      }
      if (privileged && typeof step.uses === 'string' && !step.uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(step.uses)) {
        problems.push(`${where} runs \`${step.uses}\` by a tag or branch its owner can move, in a job that holds secrets or a write token; pin it to the commit (\`@<40 hex digits> # vX.Y.Z\`)`);
      }
      if (!usesAction(step, 'actions/checkout')) continue;
      const target = [step.with?.ref, step.with?.repository].flatMap(stringsIn).flatMap(expressionsIn).find((e) => untrustedPart(e, tainted));
      if (target === undefined) continue;
      if (privilegedTrigger) {
        problems.push(`${where} checks out \`\${{${target}}}\` on \`${privilegedTrigger}\`, which runs a pull request's code with the default branch's token and cache; test pull requests on \`pull_request\``);
      } else if (privileged) {
        problems.push(`${where} checks out \`\${{${target}}}\` in a job that holds secrets or a write token; check out the workflow's own commit, or drop the job's secrets and write permissions`);
      }
    }
  }
  return problems;
}
