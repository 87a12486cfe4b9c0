/**
 * The preflight's app-assignment check against the emulated org: the reference apps are assigned
 * to Everyone (as the suite's default TEST_USER_GROUPS expects); an app assigned to none of the
 * named groups, an unknown group and an unknown client id are each named with their fix.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { configFrom } from '../../helpers/config/index.ts';
import { appAssignmentProblems } from '../../helpers/preflight/app-assignment.ts';
import { API_TOKEN, SDK_APP, SDK_CLIENT, WIDGET_APP, WIDGET_CLIENT, startTestOrg, type TestOrg } from './org-idx-support.ts';

let org: TestOrg;
before(async () => {
  org = await startTestOrg();
});
after(() => org.close());

function configFor(extra: Record<string, string> = {}) {
  return configFrom({
    OKTA_ORG_URL: org.url,
    OKTA_API_TOKEN: API_TOKEN,
    SIGNIN_APP_URL: SDK_APP,
    OKTA_SDK_CLIENT_ID: SDK_CLIENT,
    WIDGET_APP_URL: WIDGET_APP,
    OKTA_WIDGET_CLIENT_ID: WIDGET_CLIENT,
    MAILOSAUR_API_KEY: 'k',
    MAILOSAUR_SERVER_ID: 'abcd1234',
    TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
    TWILIO_AUTH_TOKEN: 't',
    TWILIO_PHONE_NUMBERS: '+15551230001',
    ...extra,
  }, 'run1');
}

describe('preflight: the apps under test are assigned to the test users\' groups', () => {
  it('passes for apps assigned to Everyone (the default TEST_USER_GROUPS)', async () => {
    assert.deepEqual(await appAssignmentProblems(configFor()), []);
  });

  it('names an app assigned to none of TEST_USER_GROUPS, and a group the org does not have', async () => {
    const testers = org.store.groups.create({ name: 'Conformance testers' });
    org.store.apps.assignGroup(SDK_CLIENT, testers.id);
    const problems = await appAssignmentProblems(configFor({ TEST_USER_GROUPS: 'Conformance testers, "No such group"' }));
    assert.equal(problems.length, 2, problems.join(' | '));
    assert.match(problems[0]!, /TEST_USER_GROUPS names the group "No such group", which does not exist/);
    assert.match(problems[1]!, /The app "OIE Embedded Widget App" \(OKTA_WIDGET_CLIENT_ID\) is assigned to none of TEST_USER_GROUPS \(Conformance testers, No such group\).*Assign to groups/);
  });

  it('names a client id that is no app of the org', async () => {
    const problems = await appAssignmentProblems(configFor({ OKTA_SDK_CLIENT_ID: '0oanotanapp000000001' }));
    assert.deepEqual(problems.length, 1, problems.join(' | '));
    assert.match(problems[0]!, /OKTA_SDK_CLIENT_ID 0oanotanapp000000001 is not an app of/);
  });
});
