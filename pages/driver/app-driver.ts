/**
 * What both apps' drivers share: the intents every guide ends with (see who is signed in, sign out,
 * find out whether a session exists) and following a magic link, over the page objects.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { HomePage } from '../common/home-page.ts';
import { IdentityView } from '../common/identity-view.ts';
import type { AppPage } from '../common/app-page.ts';
import { openSecretLink } from '../common/secret-input.ts';
import type { LocatorBook } from '../locators.ts';
import { watchIssuedTokens, type IssuedTokens } from '../../helpers/tokens/issued.ts';
import type { AppTraits } from './traits.ts';

export interface AppDriverContext {
  page: Page;
  locators: LocatorBook;
  /** The app's base URL (SIGNIN_APP_URL or WIDGET_APP_URL). */
  url: string;
  /** The app integration's client id: the org's evidence of a sign-in names it. */
  clientId: string;
  traits: AppTraits;
  /** Told of every token the driver reads from the app (the secret registry), so artifacts are scanned for it. */
  onSecret?: (kind: 'token', value: string) => void;
}

/** What the shared intents need of an app's sign-in page. */
export type SignInForm = AppPage & { readonly username: Locator };

export abstract class AppDriver {
  readonly page: Page;
  readonly locators: LocatorBook;
  readonly url: string;
  readonly clientId: string;
  readonly traits: AppTraits;
  protected readonly onSecret?: AppDriverContext['onSecret'];
  /** The ID tokens the org's token endpoint answered this browser (apps that exchange codes in the browser). */
  readonly issued: IssuedTokens;

  constructor(context: AppDriverContext) {
    this.onSecret = context.onSecret;
    this.page = context.page;
    this.issued = watchIssuedTokens(context.page.context(), (token) => this.onSecret?.('token', token));
    this.locators = context.locators;
    this.url = context.url;
    this.clientId = context.clientId;
    this.traits = context.traits;
  }

  /** The app's sign-in form: the first page of every guide, whose username field shows it is there. */
  abstract get login(): SignInForm;

  /** Names the sign-in form in the expectation that waits for it (the page object's own wording if unset). */
  protected readonly signInShownBecause?: string;

  /** The same driver on another browser page (a new tab, another browser). */
  on(page: Page): this {
    // The subclass's own constructor, so a team's driver (which extends ours) keeps its overrides.
    const Driver = this.constructor as new (context: AppDriverContext) => this;
    return new Driver({ page, locators: this.locators, url: this.url, clientId: this.clientId, traits: this.traits, onSecret: this.onSecret });
  }

  /** What a signed-out browser is offered: a way in on the home page, or the sign-in form itself. */
  signInOffered(): Locator {
    return this.home.signInLink.or(this.login.username);
  }

  /** Opens the app's sign-in (guide step 1) from its home page, as a user would. */
  async openSignIn(): Promise<void> {
    await this.openHome();
    await expect(this.signInOffered().first(), `the home page offers sign-in (${this.locators.describe('home.signInLink')})`).toBeVisible();
    if (await this.home.signInLink.isVisible()) await this.home.signInLink.click();
    await this.login.expectShown(this.signInShownBecause);
  }

  get home(): HomePage {
    return new HomePage(this.page, this.locators);
  }
  get identity(): IdentityView {
    return new IdentityView(this.page, this.locators);
  }

  async openHome(): Promise<void> {
    await this.page.goto(this.resolve(this.traits.homePath));
  }

  /** The app's protected page if it declares one, else its home page: where "no session" shows. */
  async openProtectedPage(): Promise<void> {
    await this.page.goto(this.resolve(this.traits.protectedPath ?? this.traits.homePath));
  }

  /** Opens again a page this browser was on (a bookmark, the Back button), by the URL the browser showed. */
  async reopen(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** Follows a magic link in this tab, as a click in a mail client would. */
  async openMagicLink(url: string): Promise<void> {
    await openSecretLink(this.page, url);
  }

  /** Opens `url` in a new tab of the same browser (same cookies and storage), as a mail client would. */
  async openInNewTab(url: string): Promise<this> {
    const tab = await this.page.context().newPage();
    await openSecretLink(tab, url);
    return this.on(tab);
  }

  /**
   * Where the app shows who is signed in, once sign-in completed: claims on the page the app
   * landed on, or behind a profile link; `undefined` when it shows neither (the org is asked).
   */
  async showIdentity(after = 'after sign-in'): Promise<IdentityView | undefined> {
    const { identity, home } = this;
    await expect(this.signedInPage(), `${after} the app shows a signed-in page: claims, a profile link, a welcome or a sign-out button ` +
      `(locator keys ${['identity.claims', 'home.profileLink', 'home.welcome', 'app.signOut'].join(', ')})`).toBeVisible();
    if (this.traits.shownClaims.length === 0) return undefined;
    if (!(await identity.heading.isVisible()) && (await home.profileLink.isVisible())) await home.profileLink.click();
    await identity.expectShown('the app shows the signed-in user');
    return identity;
  }

  /** Any sign of a signed-in page: the user's claims, a profile link, a welcome or a sign-out button. */
  signedInPage(): Locator {
    const { identity, home } = this;
    return identity.heading.or(home.profileLink).or(home.welcome).or(home.signOutButton).first();
  }

  /** Signs out from wherever the app offers it (the page the user is on, else home). */
  async signOut(): Promise<void> {
    const button = this.locators.locate(this.page, 'app.signOut');
    if (!(await button.isVisible())) await this.openHome();
    await expect(button, `expected ${this.locators.describe('app.signOut')} on the signed-in app`).toBeVisible();
    await button.click();
  }

  /** The ID token the browser holds, if the app keeps tokens there (`undefined`: it does not, by its driver). */
  async browserIdToken(): Promise<string | null | undefined> {
    const key = this.traits.browserTokenStorageKey;
    if (!key) return undefined;
    const stored = await this.page.evaluate((storageKey) => window.localStorage.getItem(storageKey), key);
    if (!stored) return null;
    try {
      const parsed = JSON.parse(stored) as { idToken?: { idToken?: unknown } };
      const idToken = typeof parsed.idToken?.idToken === 'string' ? parsed.idToken.idToken : null;
      if (idToken) this.onSecret?.('token', idToken);
      return idToken;
    } catch {
      return null;
    }
  }

  protected resolve(route: string): string {
    return new URL(route, this.url).href;
  }
}
