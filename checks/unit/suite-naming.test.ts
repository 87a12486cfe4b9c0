import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newRunId, parseLogin, strongPassword, uniqueLogin } from '../../helpers/naming.ts';

describe('unique logins', () => {
  const parts = { prefix: 'oiec', runId: 'lx2abc12', workerIndex: 1, emailDomain: 'sbx0mail.mailosaur.net' };

  it('follows <prefix>-<runId>-w<worker>-<random>@<domain> and parses back', () => {
    const login = uniqueLogin(parts);
    assert.match(login, /^oiec-lx2abc12-w1-[a-z0-9]{8}@sbx0mail\.mailosaur\.net$/);
    assert.deepEqual(parseLogin(login, 'oiec'), { runId: 'lx2abc12', workerIndex: 1 });
  });

  it('is unique over many calls', () => {
    const logins = new Set(Array.from({ length: 5000 }, () => uniqueLogin(parts)));
    assert.equal(logins.size, 5000);
  });

  it("parses only the configured prefix's logins, including hyphenated prefixes", () => {
    assert.equal(parseLogin('someone@example.com', 'oiec'), undefined);
    assert.equal(parseLogin('oiecx-run1-w0-abc@d.net', 'oiec'), undefined);
    assert.deepEqual(parseLogin(uniqueLogin({ ...parts, prefix: 'e2e-oie' }), 'e2e-oie'), { runId: 'lx2abc12', workerIndex: 1 });
  });

  it('makes run ids that fit the login pattern', () => {
    assert.match(newRunId(), /^[a-z0-9]+$/);
  });
});

describe('strong passwords', () => {
  it("satisfy Okta's default policy classes and differ every time", () => {
    const passwords = Array.from({ length: 500 }, () => strongPassword());
    for (const password of passwords) {
      assert.equal(password.length, 20);
      assert.match(password, /[a-z]/);
      assert.match(password, /[A-Z]/);
      assert.match(password, /[0-9]/);
      assert.match(password, /[^a-zA-Z0-9]/);
      assert.doesNotMatch(password, /[a-z0-9]{3}/i, 'no three letters or digits in a row: no part of a login can appear by chance');
    }
    assert.equal(new Set(passwords).size, passwords.length);
  });
});
