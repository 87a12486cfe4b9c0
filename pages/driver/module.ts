/**
 * An app driver module: how the suite adapts to one target's apps without touching specs or flows.
 * `APP_DRIVER=./my-app.driver.ts` names a module whose default export is `defineAppDriver({...})`;
 * it extends the reference apps' driver and overrides only what differs:
 *   - `locators`: entries of the locator table (pages/locators.ts), e.g. CSS for unlabelled inputs
 *     (top level: both apps; `sdkApp.locators` / `widgetApp.locators`: one app);
 *   - `sdkApp` / `widgetApp`: the app's traits (pages/driver/traits.ts) and, if an intent works
 *     differently, `driver`: a subclass of SdkAppDriver / WidgetAppDriver overriding that method.
 * How to add one: copy drivers/sdk-variant.driver.ts, change what differs, point APP_DRIVER at it.
 */
import type { LocatorOverrides } from '../locators.ts';
import type { AppDriverContext } from './app-driver.ts';
import { SdkAppDriver } from './sdk-app-driver.ts';
import type { AppTraits } from './traits.ts';
import { WidgetAppDriver } from './widget-app-driver.ts';

export interface AppSection<D> extends Partial<AppTraits> {
  /** A subclass of the default driver class, for intents that work differently in this app. */
  driver?: new (context: AppDriverContext) => D;
  /** Locator overrides for this app only (over the module's `locators`, which apply to both). */
  locators?: LocatorOverrides;
}

export interface AppDriverModule {
  /** Names the driver in failure messages and reports. */
  name: string;
  locators?: LocatorOverrides;
  sdkApp?: AppSection<SdkAppDriver>;
  widgetApp?: AppSection<WidgetAppDriver>;
}

/** A driver module's default export (typed, so a wrong key fails the typecheck of the driver too). */
export function defineAppDriver(module: AppDriverModule): AppDriverModule {
  return module;
}

/** The reference apps' conventions (docs/ARCHITECTURE.md): the default every driver extends. */
export const REFERENCE_DRIVER = {
  name: 'reference',
  locators: {},
  sdkApp: {
    driver: SdkAppDriver,
    protectedPath: '/profile',
    homePath: '/',
    // The SDK app keeps its tokens in its server-side session.
    browserTokenStorageKey: null,
    shownClaims: ['name', 'email', 'preferred_username', 'sub'],
  },
  widgetApp: {
    driver: WidgetAppDriver,
    protectedPath: '/profile',
    homePath: '/',
    browserTokenStorageKey: 'okta-token-storage',
    shownClaims: ['name', 'email', 'preferred_username', 'sub'],
  },
} satisfies AppDriverModule;
