import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SecretRegistry, clearRegisteredSecrets, readRegisteredSecrets, redact } from '../../helpers/secrets.ts';
import { tempDir } from '../temp-dir.ts';

describe('secret registry', () => {
  it('records secrets from several processes for the artifact scan', () => {
    const dir = tempDir('suite-secrets');
    new SecretRegistry(dir, 101).add('password', 'Hunter2-Hunter2!');
    const second = new SecretRegistry(dir, 102);
    second.add('otp', '123456');
    second.add('otp', '123456');
    const values = readRegisteredSecrets(dir).map((record) => `${record.kind}:${record.value}`).sort();
    assert.deepEqual(values, ['otp:123456', 'password:Hunter2-Hunter2!']);
    clearRegisteredSecrets(dir);
    assert.deepEqual(readRegisteredSecrets(dir), []);
  });

  it('redacts every occurrence, longest secret first', () => {
    assert.equal(redact('code 123456 in https://x/v?token=abcdef123456', ['123456', 'abcdef123456']), 'code [redacted] in https://x/v?token=[redacted]');
  });

  it('ignores values too short to redact safely', () => {
    const registry = new SecretRegistry(tempDir('suite-secrets'));
    registry.add('otp', '12');
    assert.equal(registry.redact('a 12 b'), 'a 12 b');
  });
});
