/**
 * The embedded-SDK reference app (flows 1 and 2): a server-rendered sign-in app built the way the
 * guides' integration steps describe, with the real `@okta/okta-auth-js` 8 in step mode on the server.
 */
import { startHttpServer, type Route } from '../../lib/http.ts';
import type { PortOrListener } from '../../lib/ports.ts';
import type { RunningService } from '../../lib/service.ts';
import { faviconRoute } from '../shared/favicon.ts';
import type { SdkAppContext } from './advance.ts';
import { callbackRoutes } from './routes/callback.ts';
import { cancelRoutes } from './routes/cancel.ts';
import { homeRoutes } from './routes/home.ts';
import { loginRoutes } from './routes/login.ts';
import { phoneEnrollmentRoutes } from './routes/phone-enrollment.ts';
import { recoveryRoutes } from './routes/recovery.ts';
import { selectAuthenticatorRoutes } from './routes/select-authenticator.ts';
import { verificationCodeRoutes } from './routes/verification-code.ts';
import { methodRoutes } from './routes/method.ts';
import { sdkAppLook, type SdkAppVariant } from './look.ts';
import type { SkippedStep } from './skip-step.ts';
import { SessionStore } from './session.ts';
import { Defects } from '../../defects/switches.ts';

export interface SdkAppOptions {
  host?: string;
  /** 0 (default) picks a free port; a listener already bound is taken over (see `reservePort`). */
  port?: PortOrListener;
  orgUrl: string;
  /** Authorization server issuer, e.g. `${orgUrl}/oauth2/default`. */
  issuer: string;
  clientId: string;
  name?: string;
  scopes?: string[];
  /** The look (docs/ARCHITECTURE.md): the reference markup contract (default) or the deliberately different variant. */
  variant?: SdkAppVariant;
  /** Only for the suite's honesty checks: a build that skips this guide step (skip-step.ts). */
  skipStep?: SkippedStep;
  /** Seeded defect ids (sandbox/defects/catalog.ts); only `sdk-app.*` ones apply here. */
  defects?: readonly string[];
}

export const DEFAULT_SDK_APP_NAME = 'Embedded SDK app';
export const VARIANT_SDK_APP_NAME = 'Acme sign-in (variant)';

export async function startSdkApp(options: SdkAppOptions): Promise<RunningService> {
  assertIssuerOnOrg(options.orgUrl, options.issuer);
  const appName = options.name ?? (options.variant === 'variant' ? VARIANT_SDK_APP_NAME : DEFAULT_SDK_APP_NAME);
  const app: SdkAppContext = {
    appName,
    look: sdkAppLook(options.variant ?? 'reference', appName),
    skipStep: options.skipStep,
    // The redirect URI and cookie name depend on the port, known only once listening.
    auth: { issuer: options.issuer, clientId: options.clientId, redirectUri: '', scopes: options.scopes ?? ['openid', 'profile', 'email'] },
    sessions: new SessionStore('sdk_app_sid'),
    defects: new Defects(options.defects ?? []),
  };
  const server = await startHttpServer({ name: app.appName, routes: sdkAppRoutes(app) }, options.port ?? 0, options.host);
  app.auth.redirectUri = `${server.url}/login/callback`;
  app.sessions = new SessionStore(`sdk_app_sid_${new URL(server.url).port}`);
  return { url: server.url, close: server.close };
}

function sdkAppRoutes(app: SdkAppContext): Route[] {
  return [
    ...homeRoutes(app),
    ...loginRoutes(app),
    ...callbackRoutes(app),
    ...selectAuthenticatorRoutes(app),
    ...phoneEnrollmentRoutes(app),
    ...verificationCodeRoutes(app),
    ...methodRoutes(app),
    ...recoveryRoutes(app),
    ...cancelRoutes(app),
    faviconRoute,
  ];
}

function assertIssuerOnOrg(orgUrl: string, issuer: string): void {
  const org = orgUrl.replace(/\/+$/, '');
  if (issuer !== org && !issuer.startsWith(`${org}/oauth2`)) {
    throw new Error(
      `The SDK app's issuer must be an authorization server of its org: expected ${org} or ${org}/oauth2/..., ` +
        `got ${issuer}. Pass the issuer of the same org as orgUrl.`,
    );
  }
}
