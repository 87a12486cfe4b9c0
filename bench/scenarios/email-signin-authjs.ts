/**
 * Flow 3 ("sign in with email only") as the widget app's own auth-js would run it, but in Node step
 * mode so the numbers are the org's, the inbox's and the clients' cost without a browser: identify,
 * send the email challenge, read the code through the real mailosaur client (the suite's reader:
 * exact recipient, receivedAfter, exactly one message), answer, receive tokens.
 * Each iteration signs in a fresh user with an email factor, created untimed through the
 * Management API with the suite's `createUser`.
 */
import type { IdxTransaction, OktaAuth } from '@okta/okta-auth-js';
import { nodeAuthClient } from '../../helpers/contract/auth-client.ts';
import { TargetError } from '../../helpers/errors.ts';
import { MailosaurReader } from '../../helpers/messages/mailosaur-reader.ts';
import { DEFAULT_MESSAGE_WAIT } from '../../helpers/messages/timing.ts';
import { strongPassword } from '../../helpers/naming.ts';
import { createUser } from '../../helpers/okta/users.ts';
import type { Laps } from '../laps.ts';
import type { Scenario, Session } from '../scenario.ts';
import type { BenchTarget } from '../target.ts';
import { benchLogin } from './names.ts';

interface Input {
  login: string;
  auth: OktaAuth;
}

export const emailSigninAuthjs: Scenario<BenchTarget> = {
  name: 'email-signin-authjs',
  summary: 'flow 3 in auth-js step mode: identify, email challenge, OTP via mailosaur, tokens',
  async start(target): Promise<Session<Input>> {
    const { config } = target;
    const { serverId } = config.mailosaur;
    return {
      notes: [`the code is read with the suite's reader: poll at once, then ${DEFAULT_MESSAGE_WAIT.fastPolls ?? 1} times ${DEFAULT_MESSAGE_WAIT.firstPollIntervalMs} ms apart, then doubling up to every ${DEFAULT_MESSAGE_WAIT.pollIntervalMs} ms, until one new email arrives`],
      async arrange({ worker }) {
        const login = benchLogin(target, worker);
        // With a password the user is ACTIVE; a password-less one is PROVISIONED, which the org's
        // identify step treats as unknown (no email is sent). The flow itself never asks for it.
        const password = target.secrets.add('password', strongPassword());
        await createUser(target.admin, { login, firstName: 'Bench', lastName: 'Email', password, emailFactor: true });
        // A fresh client with storage of its own is a fresh browser: no shared transaction.
        return { login, auth: nodeAuthClient({ issuer: config.okta.issuer, clientId: config.widgetApp.clientId, appUrl: config.widgetApp.url }) };
      },
      async act({ login, auth }: Input, laps: Laps) {
        const reader = new MailosaurReader(target.mailosaur, serverId, target.secrets);
        expectStep(await auth.idx.start(), 'identify', 'starting the sign-in');
        expectStep(await auth.idx.proceed({ step: 'identify', username: login }), 'authenticator-verification-data', 'submitting the username');
        laps.mark('identify');
        let challenge: IdxTransaction | undefined;
        const email = await reader.expectEmail(login, async () => {
          challenge = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
        });
        expectStep(challenge!, 'challenge-authenticator', 'asking for the email');
        laps.mark('email');
        const done = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: email.otp() });
        expectSignedIn(done, login);
        laps.mark('answer');
      },
      close: async () => undefined,
    };
  },
};

function messageKeys(t: IdxTransaction): string {
  return (t.messages ?? []).map((m) => m.i18n?.key ?? m.message).join(', ') || 'none';
}

/** `idx.start()` only lists the available steps; `proceed` also names the next one. */
function expectStep(t: IdxTransaction, step: string, after: string): void {
  const steps = t.nextStep ? [t.nextStep.name] : (t.availableSteps ?? []).map((s) => s.name);
  if (steps.includes(step)) return;
  throw new TargetError(`Flow 3 went off the guide after ${after}`, {
    expected: `step "${step}" offered`,
    seen: `status ${t.status}, steps offered: ${steps.join(', ') || '(none)'}, messages: ${messageKeys(t)}`,
    hint: "Check the widget app's policies in the org configuration (email authenticator, identifier-first).",
  });
}

function expectSignedIn(t: IdxTransaction, login: string): void {
  const claims = t.tokens?.idToken?.claims;
  if (t.status === 'SUCCESS' && claims?.email?.toLowerCase() === login) return;
  throw new TargetError('The email code did not sign the user in', {
    expected: `status SUCCESS with an ID token for ${login}`,
    seen: `status ${t.status}, ID token ${claims ? `for ${String(claims.email)}` : 'missing'}, messages: ${messageKeys(t)}`,
    hint: 'Check that the org accepts the Email Challenge code and issues tokens to the widget app.',
  });
}
