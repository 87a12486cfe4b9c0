/**
 * Message faults (flow 3, the widget): late mail is waited for and doubled mail is one (PASS); mail the org sent but that
 * never arrives is INCONCLUSIVE, with the System Log as evidence. One attempt each: a retry would
 * get a new user and recipient without the fault, and the point here is the first attempt's verdict.
 */
import { emailOnly, readUserState, test } from '../../fixtures/index.ts';
import { addFault } from './faults.ts';

test.describe.configure({ retries: 0 });

test('@flow3 email delivered 3 s late and one 429 with a reset: the suite waits and passes', async ({ widgetApp, inbox, testUser, config, oktaAdmin, org }) => {
  const user = await testUser('email');
  await addFault(config, { fault: 'email-late', key: user.email, delaySeconds: 3 });
  await addFault(config, { fault: 'mgmt-429', key: user.id, delaySeconds: 1, times: 1 });
  await readUserState(oktaAdmin, user.id);
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  await emailOnly.verifyWithCode(widgetApp, email.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
});

test('@flow3 email delivered twice (identical copies): one message, and the suite passes', async ({ widgetApp, inbox, testUser, config, org }) => {
  const user = await testUser('email');
  await addFault(config, { fault: 'email-twice', key: user.email });
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  await emailOnly.verifyWithCode(widgetApp, email.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
});

test('@flow3 the org sends the email but the inbox never receives it: INCONCLUSIVE', async ({ widgetApp, inbox, testUser, config, org }) => {
  const user = await testUser('email');
  await addFault(config, { fault: 'email-never', key: user.email });
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  await emailOnly.verifyWithCode(widgetApp, email.otp());
});
