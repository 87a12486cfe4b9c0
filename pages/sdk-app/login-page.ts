/** `GET /login` of the embedded-SDK app: step 1 of the guide (username and password). */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';
import { RecoverPasswordPage } from './recover-password-page.ts';
import { SelectAuthenticatorPage } from './select-authenticator-page.ts';
import { enterSecret } from '../common/secret-input.ts';

export class SdkLoginPage extends AppPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;
  readonly forgotPasswordLink: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('sdk.login.heading');
    this.username = this.locate('sdk.login.username');
    this.password = this.locate('sdk.login.password');
    this.signInButton = this.locate('sdk.login.submit');
    this.forgotPasswordLink = this.locate('sdk.login.forgotPassword');
  }

  async open(): Promise<this> {
    await this.page.goto(this.url('/login'));
    return this;
  }

  /** Submits the credentials; with valid ones the org asks for another factor next. */
  async signIn(username: string, password: string): Promise<SelectAuthenticatorPage> {
    await this.username.fill(username);
    await enterSecret(this.password, password);
    await this.signInButton.click();
    return new SelectAuthenticatorPage(this.page, this.locators, this.appUrl);
  }

  async forgotPassword(): Promise<RecoverPasswordPage> {
    await this.forgotPasswordLink.click();
    return new RecoverPasswordPage(this.page, this.locators, this.appUrl);
  }
}
