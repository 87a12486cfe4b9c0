/** Every benchmark, in the order `npm run bench` runs them. */
import type { Scenario } from '../scenario.ts';
import type { BenchTarget } from '../target.ts';
import { emailSigninAuthjs } from './email-signin-authjs.ts';
import { mailosaurSearch } from './mailosaur-search.ts';
import { mgmtUserLifecycle } from './mgmt-user-lifecycle.ts';

export const SCENARIOS: readonly Scenario<BenchTarget>[] = [mgmtUserLifecycle, emailSigninAuthjs, mailosaurSearch];
