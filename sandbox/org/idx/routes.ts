/** The IDX route table (`/idp/idx/*` and the Okta-hosted magic-link endpoint). */
import type { Route } from '../../lib/http.ts';
import type { IdxDeps } from './deps.ts';
import { answerRoute } from './handlers/answer.ts';
import { cancelRoute } from './handlers/cancel.ts';
import { challengeRoute } from './handlers/challenge.ts';
import { credentialEnrollRoute } from './handlers/credential-enroll.ts';
import { emailVerifyRoute } from './handlers/email-verify.ts';
import { identifyRoute } from './handlers/identify.ts';
import { introspectRoute } from './handlers/introspect.ts';
import { pollRoute } from './handlers/poll.ts';
import { recoverRoute } from './handlers/recover.ts';
import { resendRoute } from './handlers/resend.ts';

export function idxRoutes(deps: IdxDeps): Route[] {
  return [
    introspectRoute(deps),
    identifyRoute(deps),
    credentialEnrollRoute(deps),
    challengeRoute(deps),
    answerRoute(deps),
    resendRoute(deps),
    pollRoute(deps),
    recoverRoute(deps),
    cancelRoute(deps),
    emailVerifyRoute(deps),
  ];
}
