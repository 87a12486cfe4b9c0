import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { SuiteError } from '../../helpers/errors.ts';
import { sandboxSettings } from '../../helpers/config/sandbox-target.ts';
import { DEFAULT_ORG_CONFIG_FILE } from '../../sandbox/org/config/index.ts';
import { CLOCK_MARGIN_MS, cooldownFor, leaseDir, leasePhone } from '../../helpers/phone/lease.ts';
import { tempDir } from '../temp-dir.ts';

const leaseModule = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../helpers/phone/lease.ts');
const stateDir = () => tempDir('suite-lease');
const pool = ['+15550100101', '+15550100102', '+15550100103'];

/**
 * A separate process that leases a number, announces it on stdout, and releases it only when the
 * parent writes to its stdin, so the parent controls exactly who holds what and when.
 */
function leaseHolder(dir: string) {
  const script = `
    const { leasePhone } = await import(${JSON.stringify(leaseModule)});
    const lease = await leasePhone({ numbers: ${JSON.stringify(pool)}, stateDir: ${JSON.stringify(dir)}, cooldownMs: 0, pollIntervalMs: 20 });
    console.log(lease.number);
    process.stdin.once('data', () => { lease.release(); process.exit(0); });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const leased = new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`lease holder exited (${code}) before leasing`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { leased, release: async () => { child.stdin.write('go'); await exited; } };
}

describe('phone leases', () => {
  it('never hands one number to two processes at once', async () => {
    const dir = stateDir();
    const holders = Array.from({ length: 5 }, () => leaseHolder(dir));
    const settled = holders.map((holder) => holder.leased.then((number) => ({ holder, number })));
    // With a pool of three, three holders get a number; the other two wait for a release.
    const held = new Map<string, (typeof holders)[number]>();
    const pending = new Set(settled);
    for (let granted = 0; granted < holders.length; granted += 1) {
      const next = await Promise.race([...pending].map((p) => p.then((result) => ({ p, result }))));
      pending.delete(next.p);
      assert.equal(held.has(next.result.number), false, `${next.result.number} was leased while another process held it`);
      held.set(next.result.number, next.result.holder);
      if (held.size === pool.length) {
        const [number, holder] = [...held.entries()][0];
        await holder.release();
        held.delete(number);
      }
    }
    await Promise.all([...held.values()].map((holder) => holder.release()));
  });

  it('reclaims the lock of a dead process', async () => {
    const dir = stateDir();
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
    mkdirSync(leaseDir(dir), { recursive: true });
    writeFileSync(path.join(leaseDir(dir), '15550100101.lock'), String(deadPid));
    const lease = await leasePhone({ numbers: ['+15550100101'], stateDir: dir, timeoutMs: 1_000, cooldownMs: 0, isAlive: (pid) => pid !== deadPid });
    assert.equal(lease.number, '+15550100101');
    lease.release();
  });

  it("waits out a number's SMS cooldown and prefers rested numbers", async () => {
    const dir = stateDir();
    let now = 1_000_000;
    const clock = () => now;
    const first = await leasePhone({ numbers: pool.slice(0, 2), stateDir: dir, now: clock, cooldownMs: 30_000 });
    first.release();
    const second = await leasePhone({ numbers: pool.slice(0, 2), stateDir: dir, now: clock, cooldownMs: 30_000 });
    assert.notEqual(second.number, first.number, 'the just-released number is resting');
    second.release();
    await assert.rejects(
      leasePhone({ numbers: pool.slice(0, 2), stateDir: dir, now: clock, cooldownMs: 30_000, timeoutMs: 0 }),
      SuiteError,
    );
    now += 30_000;
    const third = await leasePhone({ numbers: pool.slice(0, 2), stateDir: dir, now: clock, cooldownMs: 30_000 });
    assert.equal(third.number, first.number, 'the longest-rested number comes first');
    third.release();
    assert.equal(existsSync(path.join(leaseDir(dir), `${third.number.slice(1)}.lock`)), false, 'release removes the lock');
  });

  it('fails with a SuiteError when the pool is empty', async () => {
    await assert.rejects(leasePhone({ numbers: [], stateDir: stateDir(), cooldownMs: 0 }), /TWILIO_PHONE_NUMBERS/);
  });

  it("rests a number for the org's SMS throttle, not a constant of the suite", () => {
    assert.equal(cooldownFor(30), 30_000 + CLOCK_MARGIN_MS, "Okta's 30 s");
    assert.equal(cooldownFor(5), 5_000 + CLOCK_MARGIN_MS, 'a shorter org throttle rests numbers shorter');
    const org = JSON.parse(readFileSync(DEFAULT_ORG_CONFIG_FILE, 'utf8')) as { throttles: { smsPerNumberSeconds: number } };
    assert.equal(sandboxSettings().SMS_THROTTLE_SECONDS, String(org.throttles.smsPerNumberSeconds), "the sandbox target's setting is its org's own throttle");
  });
});
