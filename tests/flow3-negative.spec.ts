/** Flow 3's negative path: a wrong email code is refused and leaves no session. */
import { emailOnly, expect, expectNoAppSession, expectNoNewLogin, readUserState, test, wrongCodeFor } from '../fixtures/index.ts';

test('@flow3 @widget @negative a wrong email code is refused and no session exists', async ({ widgetApp, inbox, testUser, oktaAdmin }) => {
  const user = await testUser('email');
  const before = (await readUserState(oktaAdmin, user.id)).lastLogin;
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user);
  await widgetApp.emailChallenge.enterCode(wrongCodeFor(email.otp()));

  await expect(widgetApp.emailChallenge.errors.filter({ hasText: /invalid code/i }), 'the widget says the code is invalid').toBeVisible();
  await expect(widgetApp.emailChallenge.heading, 'the widget stays on the email challenge').toBeVisible();
  await expectNoAppSession(widgetApp.profile, widgetApp.login.heading);
  await expectNoNewLogin(oktaAdmin, user, before);
});
