/** `GET /recover-password`: who forgot their password. */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';
import { SelectAuthenticatorPage } from './select-authenticator-page.ts';

export class RecoverPasswordPage extends AppPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly nextButton: Locator;
  readonly cancelButton: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('sdk.recover.heading');
    this.username = this.locate('sdk.recover.username');
    this.nextButton = this.locate('sdk.recover.next');
    this.cancelButton = this.locate('sdk.cancel');
  }

  async open(): Promise<this> {
    await this.page.goto(this.url('/recover-password'));
    return this;
  }

  /** Names the account; the org then offers the recovery authenticators (email here). */
  async requestResetFor(username: string): Promise<SelectAuthenticatorPage> {
    await this.username.fill(username);
    await this.nextButton.click();
    return new SelectAuthenticatorPage(this.page, this.locators, this.appUrl);
  }
}
