/**
 * The worked example of an app driver: adapts the suite to the sandbox's variant look of the
 * embedded-SDK app (sandbox/apps/sdk-app/look.ts), which differs from the reference apps the way
 * apps built from Okta's samples do. Specs and flows stay as they are; only this file knows.
 * Use: APP_DRIVER=drivers/sdk-variant.driver.ts (the `variant` Playwright project sets it).
 *
 * What it declares, by kind:
 *  - markup: inputs with no <label> are found by CSS (`name` attributes); the authenticator choice
 *    is one <select> (the page objects pick by option label); the method step's choices are buttons;
 *    other wording for headings and buttons;
 *  - conventions: no protected page (a signed-out home page offering "Log in" is the "no session"
 *    evidence), claims shown on the home page, tokens kept on the server (nothing in the browser).
 * Its widget app hosts Sign-In Widget 7 unmodified (so the widget's own markup needs no override)
 * but exchanges the code on its server and keeps the tokens there: nothing to check in the browser.
 */
import { defineAppDriver } from '../pages/driver/module.ts';

export default defineAppDriver({
  name: 'sdk-variant',
  widgetApp: { browserTokenStorageKey: null },
  sdkApp: {
    protectedPath: null,
    browserTokenStorageKey: null,
    shownClaims: ['name', 'email', 'preferred_username', 'sub'],
    locators: {
      'home.heading': { role: 'heading', name: 'Acme Portal' },
      'home.signInLink': { role: 'link', name: 'Log in' },
      'home.welcome': { text: '/^Hello, /' },
      'app.signOut': { role: 'button', name: 'Log out' },
      'identity.claims': { css: 'dl.claims' },
      'identity.claim': { css: 'dd[data-claim="{claim}"]' },
      'sdk.login.heading': { role: 'heading', name: 'Log in to Acme' },
      'sdk.login.username': { css: 'input[name="username"]' },
      'sdk.login.password': { css: 'input[name="password"]' },
      'sdk.login.submit': { role: 'button', name: 'Continue' },
      'sdk.login.forgotPassword': { role: 'link', name: 'Trouble logging in?' },
      'sdk.authenticators.heading': { role: 'heading', name: "Verify it's you" },
      'sdk.authenticators.choices': { css: 'select[name="authenticator"]' },
      'sdk.authenticators.choice': { css: 'select[name="authenticator"]' },
      'sdk.authenticators.submit': { role: 'button', name: 'Next' },
      'sdk.method.heading': { role: 'heading', name: 'How should we send your code?' },
      'sdk.method.choice': { role: 'button', name: '{name}', exact: true },
      'sdk.cancel': { role: 'button', name: 'Back to start' },
      'sdk.phone.heading': { role: 'heading', name: 'Add a mobile number' },
      'sdk.phone.number': { css: 'input[name="phoneNumber"]' },
      'sdk.phone.sendCode': { role: 'button', name: 'Text me a code' },
      'sdk.code.heading': { role: 'heading', name: 'Check your messages' },
      'sdk.code.input': { css: 'input[name="verificationCode"]' },
      'sdk.code.verify': { role: 'button', name: 'Submit' },
      'sdk.code.resend': { role: 'button', name: 'Send a new code' },
      'sdk.recover.heading': { role: 'heading', name: 'Forgot your password?' },
      'sdk.recover.username': { css: 'input[name="username"]' },
      'sdk.recover.next': { role: 'button', name: 'Send reset' },
      'sdk.reset.heading': { role: 'heading', name: 'Choose a new password' },
      'sdk.reset.newPassword': { css: 'input[name="newPassword"]' },
      'sdk.reset.confirmPassword': { css: 'input[name="confirmPassword"]' },
      'sdk.reset.submit': { role: 'button', name: 'Save password' },
      'sdk.originalBrowser.heading': { role: 'heading', name: 'Open this link where you started' },
    },
  },
});
