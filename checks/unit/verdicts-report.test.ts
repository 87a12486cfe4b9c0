import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { TestResult } from '@playwright/test/reporter';
import { buildMatrix, failureOf, type TestRecord } from '../../helpers/verdicts/report-model.ts';
import { toHtml, toMarkdown } from '../../helpers/verdicts/report-render.ts';

const step = (title: string, error?: object, steps: object[] = []) => ({ title, category: 'test.step', duration: 5, error, steps });

it('the failing step is the guide step that carries the error, with expected, seen and fix from the typed error', () => {
  const result = { steps: [step('Step 1: sign-in page'), step('Step 5: Call idx.authenticate(phone)', { message: 'x' }, [step('inner', { message: 'x' })])] } as unknown as TestResult;
  const failure = failureOf(result, { message: 'TargetError: The org never sent the SMS\n  expected: an event\n  seen:     none\n  fix:      trigger it' });
  assert.deepEqual(failure, {
    step: 'Step 5: Call idx.authenticate(phone) › inner',
    summary: 'TargetError: The org never sent the SMS',
    expected: 'an event',
    seen: 'none',
    fix: 'trigger it',
  });
  const assertion = failureOf({ steps: [] } as unknown as TestResult, { message: 'Error: the code page is shown\n\n\u001b[2mexpect(\u001b[22mlocator).toBeVisible()\n\nExpected: visible\nReceived: hidden' });
  assert.deepEqual([assertion.expected, assertion.seen, assertion.step], ['visible', 'hidden', undefined]);
});

const record = (project: string, verdict: TestRecord['verdict'], steps: [string, boolean][]): TestRecord => ({
  id: `a.spec.ts › ${project} ${verdict}`, title: 't', project, guide: 'Guide', verdict, durationMs: 1000, attempts: 1,
  steps: steps.map(([title, ok]) => ({ title, ok, durationMs: 1 })), messages: [{ channel: 'email', arrivalMs: 120 }],
});

it('the matrix has a column per Playwright project and counts passes, failures and inconclusive stops per step', () => {
  const records = [
    record('reference', 'PASS', [['1. username', true], ['2. email', true]]),
    record('variant', 'FAIL', [['1. username', true], ['2. email', false]]),
    record('variant', 'INCONCLUSIVE', [['1. username', true], ['2. email', false]]),
  ];
  const [matrix] = buildMatrix(records);
  assert.deepEqual(matrix.variants, ['reference', 'variant']);
  assert.deepEqual(matrix.steps.map((s) => [s.title, s.cells.variant]), [
    ['1. username', { passed: 2, failed: 0, inconclusive: 0 }],
    ['2. email', { passed: 0, failed: 1, inconclusive: 1 }],
  ]);
  const report = { generatedAt: 'now', strict: false, status: 'failed' as const, gate: 'FAIL: 1 test(s)', runErrors: [], totals: { PASS: 1, FAIL: 1, INCONCLUSIVE: 1, FLAKY: 0, SKIPPED: 0, EXPECTED_FAIL: 0 }, durationMs: 3000, tests: records, matrix: [matrix], nowPassing: [] };
  assert.match(toMarkdown(report), /\| 2\. email \| ✔ 1 \| ✖ 1 \? 1 \|/);
  const html = toHtml({ ...report, tests: [{ ...records[1], title: '<script>' , id: '<script>alert(1)</script>' }] });
  assert.ok(!html.includes('<script>alert'), 'the HTML page escapes what it shows');
  assert.ok(!/<(link|script)[^>]+(src|href)=/.test(html), 'the HTML page is self-contained');
  const broken = { ...report, runErrors: ['Process from config.webServer was not able to start. <Exit code: 2>'] };
  assert.match(toMarkdown(broken), /### Errors outside any test\n\n- Process from config\.webServer/);
  assert.match(toHtml(broken), /<h2>Errors outside any test<\/h2><ul><li>Process from config\.webServer was not able to start\. &#60;Exit code: 2&#62;<\/li>/);
});
