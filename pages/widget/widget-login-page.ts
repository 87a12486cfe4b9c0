/**
 * `GET /login` of the embedded-widget app and the Sign-In Widget's identify view in it. The view's
 * markup is the widget's own; its locators live in pages/locators.ts (`widget.*`).
 */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';
import { EmailChallengeView } from './email-challenge-view.ts';

export class WidgetLoginPage extends AppPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly nextButton: Locator;
  readonly errors: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('widget.host.heading');
    this.username = this.locate('widget.identify.username');
    this.nextButton = this.locate('widget.identify.next');
    this.errors = this.locate('widget.errors');
  }

  async open(): Promise<this> {
    await this.page.goto(this.url('/login'));
    return this;
  }

  /** Identifier-first: the org answers with the email authenticator (guide step 1). */
  async submitUsername(username: string): Promise<EmailChallengeView> {
    await this.username.fill(username);
    await this.nextButton.click();
    return new EmailChallengeView(this.page, this.locators, this.appUrl);
  }
}
