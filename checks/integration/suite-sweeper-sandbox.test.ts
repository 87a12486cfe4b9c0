import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SANDBOX_IDS } from '../../helpers/config/sandbox-target.ts';
import { uniqueLogin } from '../../helpers/naming.ts';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { startSandbox, type RunningSandbox } from '../../sandbox/start.ts';
import { runChild } from './run-suite.ts';

// The org's clock starts two hours ago, so users created now look like leftovers of a killed run;
// moving it to the present afterwards creates "young" users of a run still in progress.
const clock = new ManualClock(Date.now() - 2 * 60 * 60_000);
let sandbox: RunningSandbox;

before(async () => {
  sandbox = await startSandbox({ port: 0, clock });
});
after(async () => {
  await sandbox.close();
});

function createUser(login: string): void {
  sandbox.org.store.users.create({ profile: { login, email: login, firstName: 'Left', lastName: 'Over' }, password: 'Kx7-long-enough-Q' });
}

it('npm run sweep removes test users older than the cutoff and keeps young ones and other people\'s', { timeout: 60_000 }, async () => {
  const domain = `${SANDBOX_IDS.mailosaurServerId}.mailosaur.net`;
  const killedRun = [0, 1].map((workerIndex) => uniqueLogin({ prefix: 'oiec', runId: 'killedrun1', workerIndex, emailDomain: domain }));
  killedRun.forEach(createUser);
  createUser(`someone.else@${domain}`);
  clock.advance(2 * 60 * 60_000);
  const inProgress = uniqueLogin({ prefix: 'oiec', runId: 'liverun2', workerIndex: 0, emailDomain: domain });
  createUser(inProgress);

  const run = await runChild(['--import', 'tsx', 'scripts/sweep.ts', '--older-than', '60'], sandbox.settings);
  assert.equal(run.status, 0, `the sweep succeeds; output:\n${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /Removed 2 test user\(s\) older than 60 min/);

  const remaining = sandbox.org.store.users.list().map((u) => u.profile.login).sort();
  assert.deepEqual(remaining, [inProgress, `someone.else@${domain}`].sort(), 'only the old test users are gone');
});

it('a sweep by run id removes that run\'s users whatever their age', { timeout: 60_000 }, async () => {
  const domain = `${SANDBOX_IDS.mailosaurServerId}.mailosaur.net`;
  const mine = uniqueLogin({ prefix: 'oiec', runId: 'thisrun3', workerIndex: 1, emailDomain: domain });
  const other = uniqueLogin({ prefix: 'oiec', runId: 'otherrun4', workerIndex: 1, emailDomain: domain });
  [mine, other].forEach(createUser);

  const run = await runChild(['--import', 'tsx', 'scripts/sweep.ts', '--run-id', 'thisrun3'], sandbox.settings);
  assert.equal(run.status, 0, run.stderr);
  const remaining = sandbox.org.store.users.list().map((u) => u.profile.login);
  assert.ok(!remaining.includes(mine), 'the run\'s user is removed');
  assert.ok(remaining.includes(other), 'another run\'s young user is kept');
});
