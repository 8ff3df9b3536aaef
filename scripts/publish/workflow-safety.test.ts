import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isWorkflowFile, workflowProblems } from './workflow-safety';

const DIR = '.github/workflows';
const FIXTURES = 'scripts/publish/fixtures/workflows';

const workflow = (on: string, extra = '') => `name: W
on:
${on}
permissions:
  contents: write
jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - run: npm run announce
        env:
          TOKEN: \${{ secrets.TOKEN }}
${extra}`;

describe("the repository's workflows", () => {
  it('never run a file a pull request can change with secrets or a write token', () => {
    const files = readdirSync(DIR).filter(isWorkflowFile);
    assert.ok(files.includes('announce.yml') && files.includes('links.yml'));
    for (const name of files) assert.deepEqual(workflowProblems(join(DIR, name), readFileSync(join(DIR, name), 'utf8')), [], name);
  });
});

describe('workflowProblems', () => {
  it('finds each way around the rules in its fixture, and nothing else', () => {
    const fixtures = readdirSync(FIXTURES).filter(isWorkflowFile);
    assert.ok(fixtures.includes('pull-request-head.yaml') && fixtures.length >= 12);
    for (const name of fixtures) {
      const source = readFileSync(join(FIXTURES, name), 'utf8');
      const expected = [...source.matchAll(/^# expect: (.*)$/gm)].map(([, pattern]) => new RegExp(pattern));
      const problems = workflowProblems(name, source);
      assert.equal(problems.length, expected.length, `${name}: ${problems.join('\n')}`);
      for (const pattern of expected) assert.ok(problems.some((problem) => pattern.test(problem)), `${name}: ${pattern} in ${problems.join('\n')}`);
    }
  });

  it('refuses a workflow with secrets on a trigger that runs a pull request’s file or code', () => {
    for (const trigger of ['deployment_status:', 'deployment:', 'pull_request_target:', 'workflow_run:\n    workflows: [CI]', 'pull_request:', 'push:']) {
      const [problem] = workflowProblems('w.yml', workflow(`  ${trigger}`));
      assert.match(problem, new RegExp(`^w\\.yml: holds secrets and a write token and runs on \`${trigger.split(':')[0]}\``), trigger);
    }
    assert.deepEqual(workflowProblems('w.yml', workflow('  push:\n    branches: [main, "release/*"]')).length, 1);
  });

  it('accepts such a workflow on schedule, by hand, on repository_dispatch or on a push to main', () => {
    const on = "  schedule:\n    - cron: '0 0 * * *'\n  workflow_dispatch:\n  repository_dispatch:\n    types: [vercel.deployment.success]\n  push:\n    branches: [main]";
    assert.deepEqual(workflowProblems('w.yml', workflow(on)), []);
  });

  it('lets a read-only workflow without secrets run on pull requests', () => {
    const source = 'on:\n  pull_request:\npermissions:\n  contents: read\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
    assert.deepEqual(workflowProblems('ci.yml', source), []);
  });

  it('asks for permissions when a workflow sets none', () => {
    const source = 'on:\n  pull_request:\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
    assert.match(workflowProblems('ci.yml', source)[0], /^ci\.yml: set `permissions:`/);
  });

  it("refuses a stranger's text written into a script", () => {
    const step = '      - run: echo "${{ github.event.pull_request.title }}"\n';
    const [problem] = workflowProblems('w.yml', workflow('  workflow_dispatch:', step));
    assert.match(problem, /job go, step 2 writes `\$\{\{ github\.event\.pull_request\.title \}\}` \(github\.event\) into its script.*pass it through `env:`/);
  });
});
