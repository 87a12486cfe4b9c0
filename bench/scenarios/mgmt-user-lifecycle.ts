/**
 * The cost of the suite's user bookkeeping: every conformance test creates a user and removes it
 * afterwards, through the real @okta/okta-sdk-nodejs. One iteration is the whole lifecycle:
 * create (with a password, activated), deactivate, delete. Three Management API calls.
 */
import { strongPassword } from '../../helpers/naming.ts';
import { TargetError } from '../../helpers/errors.ts';
import { oktaCall } from '../../helpers/okta/errors.ts';
import type { Laps } from '../laps.ts';
import type { Scenario, Session } from '../scenario.ts';
import type { BenchTarget } from '../target.ts';
import { benchLogin } from './names.ts';

const CALLS_PER_ITERATION = 3;

interface Input {
  login: string;
  password: string;
}

export const mgmtUserLifecycle: Scenario<BenchTarget> = {
  name: 'mgmt-user-lifecycle',
  summary: 'create (password, activate) + deactivate + delete a user with okta-sdk-nodejs',
  async start(target): Promise<Session<Input>> {
    const { client, orgUrl } = target.admin;
    return {
      notes: [rateLimitNote(target)],
      async arrange({ worker }) {
        return { login: benchLogin(target, worker), password: target.secrets.add('password', strongPassword()) };
      },
      async act({ login, password }: Input, laps: Laps) {
        const created = await oktaCall(`create user ${login}`, orgUrl, () =>
          client.userApi.createUser({
            body: { profile: { login, email: login, firstName: 'Bench', lastName: 'User' }, credentials: { password: { value: password } } },
            activate: true,
          }),
        );
        if (!created.id || created.status !== 'ACTIVE') {
          throw new TargetError(`Creating ${login} with a password and activate=true did not give an active user`, {
            expected: 'status ACTIVE and an id',
            seen: `status ${String(created.status)}, id ${created.id ?? '(none)'}`,
            hint: 'The org must activate a user created with a password at once, as Okta does.',
          });
        }
        laps.mark('create');
        const userId = created.id;
        await oktaCall(`deactivate user ${userId}`, orgUrl, () => client.userApi.deactivateUser({ userId }));
        laps.mark('deactivate');
        await oktaCall(`delete user ${userId}`, orgUrl, () => client.userApi.deleteUser({ userId }));
        laps.mark('delete');
      },
      close: async () => undefined,
    };
  },
};

/** The org's users limit caps this benchmark; say so, so nobody reads its 429s as a broken org. */
function rateLimitNote(target: BenchTarget): string {
  const { windowSeconds, perWindow, defaultPerWindow } = target.sandbox.org.store.config.throttles.api;
  const limit = perWindow.users ?? defaultPerWindow;
  return (
    `the org allows ${limit} /api/v1/users calls per ${windowSeconds} s; at ${CALLS_PER_ITERATION} calls per iteration ` +
    `that is ${Math.floor(limit / CALLS_PER_ITERATION)} iterations per window; beyond, the org answers 429 and the SDK ` +
    'waits for the reset only if it comes within its request timeout, else the call fails'
  );
}
