import assert from 'node:assert/strict';
import { it } from 'node:test';
import { configFrom } from '../../helpers/config/index.ts';
import { conformanceProjects } from '../../helpers/config/projects.ts';

const workers = { working: 2, waiting: 4 };

it('the waiting projects share the waiting workers, so the working tests always have theirs', () => {
  const sandbox = conformanceProjects(configFrom({}, 'run1'), workers);
  assert.deepEqual(sandbox.map((p) => [p.name, p.workers]), [['reference-waiting', 2], ['variant-waiting', 2], ['reference', 2], ['variant', 2]]);
  const waiting = sandbox.filter((p) => p.name.endsWith('-waiting')).reduce((sum, p) => sum + (p.workers ?? 0), 0);
  assert.ok(waiting <= workers.waiting, 'two targets together hold no more than the waiting workers');
});

it('one target gets every waiting worker, and its waiting tests are exactly the @slow and @waits ones', () => {
  const [waiting, working] = conformanceProjects({ ...configFrom({}, 'run1'), target: 'live' }, workers);
  assert.deepEqual([waiting.name, waiting.workers, working.name], ['reference-waiting', 4, 'reference']);
  const title = (tags: string) => `${tags} a test`;
  assert.ok(waiting.grep?.test(title('@flow3 @slow')) && waiting.grep.test(title('@flow2 @waits')));
  assert.ok(!waiting.grep?.test(title('@flow1 @negative')));
  assert.ok(working.grepInvert?.test(title('@flow3 @slow')) && !working.grepInvert.test(title('@flow1')));
});
