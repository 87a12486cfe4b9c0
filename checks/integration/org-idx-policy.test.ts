/**
 * The flows follow the org configuration: the same client gets different steps when the policies
 * in the configuration change (no flow is hard-coded in the IDX layer).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadOrgConfig, parseOrgConfig, type OrgConfig } from '../../sandbox/org/config/index.ts';
import { SDK_APP, SDK_CLIENT, WIDGET_APP, WIDGET_CLIENT, authClient, createUser, startTestOrg } from './org-idx-support.ts';

function configWith(change: (config: OrgConfig) => void): OrgConfig {
  const config = structuredClone(loadOrgConfig({ SDK_APP_URL: SDK_APP, WIDGET_APP_URL: WIDGET_APP, SDK_CLIENT_ID: SDK_CLIENT, WIDGET_CLIENT_ID: WIDGET_CLIENT }));
  change(config);
  return parseOrgConfig(config, 'test configuration');
}

function sdkAppRule(config: OrgConfig) {
  const policy = config.policies.find((p) => p.type === 'ACCESS_POLICY' && p.name === 'Password + Another factor');
  assert.ok(policy, 'the default configuration has the SDK app access policy');
  return policy.rules[0]!;
}

test('a password-only (1FA) app policy signs in right after the password', async () => {
  const org = await startTestOrg({
    orgConfig: configWith((config) => {
      sdkAppRule(config).actions = {
        appSignOn: { access: 'ALLOW', verificationMethod: { type: 'ASSURANCE', factorMode: '1FA', constraints: [{ knowledge: { types: ['password'], required: true } }] } },
      };
    }),
  });
  try {
    const user = createUser(org);
    const auth = authClient(org, SDK_CLIENT, SDK_APP);
    await auth.idx.start();
    const result = await auth.idx.proceed({ step: 'identify', username: user.login, password: user.password });
    assert.equal(result.status, 'SUCCESS', 'no second factor is asked for');
  } finally {
    await org.close();
  }
});

test('with self-service reset denied, the identify page offers no recovery', async () => {
  const org = await startTestOrg({
    orgConfig: configWith((config) => {
      const password = config.policies.find((p) => p.type === 'PASSWORD');
      assert.ok(password, 'the default configuration has a password policy');
      const actions = password.rules[0]!.actions as { selfServicePasswordReset: { access: string } };
      actions.selfServicePasswordReset.access = 'DENY';
    }),
  });
  try {
    const auth = authClient(org, SDK_CLIENT, SDK_APP);
    const start = await auth.idx.start();
    const names = (start.availableSteps ?? []).map((s) => s.name);
    assert.equal(names.includes('currentAuthenticator-recover'), false, '"Forgot password?" is not offered');
  } finally {
    await org.close();
  }
});
