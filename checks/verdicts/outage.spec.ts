/**
 * A one-off 503 from the Management API on the first attempt: INCONCLUSIVE, so Playwright retries;
 * the retry (a new user, no fault) passes, and the test ends FLAKY.
 */
import { emailOnly, readUserState, test } from '../../fixtures/index.ts';
import { addFault } from './faults.ts';

test('@flow3 a one-off 503 from the org on the first attempt: FLAKY', async ({ widgetApp, inbox, testUser, config, oktaAdmin, org }, testInfo) => {
  const user = await testUser('email');
  if (testInfo.retry === 0) await addFault(config, { fault: 'mgmt-503', key: user.id, times: 1 });
  await readUserState(oktaAdmin, user.id);
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  await emailOnly.verifyWithCode(widgetApp, email.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
});
