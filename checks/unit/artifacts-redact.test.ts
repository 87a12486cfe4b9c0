import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { redactFile, redactText, secretPatterns } from '../../helpers/artifacts/redact.ts';
import { scanArtifacts } from '../../helpers/artifacts/scan.ts';
import { readZip, writeZip } from '../../helpers/artifacts/zip.ts';

const secrets = [
  { kind: 'otp' as const, value: '482913' },
  { kind: 'password' as const, value: 'Pa"ss w0rd!' },
];

it('redacts every form the scan looks for, and a code only as a number of its own', () => {
  const patterns = secretPatterns(secrets);
  const text = 'code 482913, ts 1482913000, is%20482913, {"v":"Pa\\"ss w0rd!"} Pa%22ss%20w0rd!';
  const clean = redactText(text, patterns);
  assert.equal(clean, 'code [redacted], ts 1482913000, is%20[redacted], {"v":"[redacted]"} [redacted]');
});

it('rewrites a trace archive without its secrets, and the scan then finds none', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redact-'));
  const trace = path.join(dir, 'trace.zip');
  fs.writeFileSync(trace, writeZip([
    { name: 'trace.trace', data: Buffer.from('{"type":"input","value":"482913"}\n') },
    { name: 'resources/abc.json', data: Buffer.from('{"password":"Pa\\"ss w0rd!"}') },
    { name: 'resources/shot.jpeg', data: Buffer.from([0xff, 0xd8, 0xff]) },
  ]));
  assert.equal(scanArtifacts([dir], secrets).findings.length, 2, 'the scan sees both secrets before');
  assert.equal(redactFile(trace, secretPatterns(secrets)), true);
  assert.deepEqual(scanArtifacts([dir], secrets).findings, []);
  const entries = readZip(fs.readFileSync(trace));
  assert.deepEqual(entries.map((e) => e.name), ['trace.trace', 'resources/abc.json', 'resources/shot.jpeg'], 'every entry is kept');
  assert.equal(entries[0].data.toString(), '{"type":"input","value":"[redacted]"}\n');
  assert.deepEqual([...entries[2].data], [0xff, 0xd8, 0xff], 'binary entries are left as they were');
  fs.rmSync(dir, { recursive: true, force: true });
});
