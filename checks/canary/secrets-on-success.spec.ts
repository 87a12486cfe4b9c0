/**
 * Passes, with a code typed into the widget, so that a run with traces on (`PW_TRACE=on`) keeps
 * the trace of a passing test too: the integration test `artifacts-canary` proves it holds no secret.
 */
import { emailOnly, test } from '../../fixtures/index.ts';

test('leak canary: passes with an emailed code typed into the widget', async ({ widgetApp, inbox, testUser, org }) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  await emailOnly.verifyWithCode(widgetApp, email.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
});
