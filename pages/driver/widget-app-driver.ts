/**
 * The embedded-widget app driver (flow 3). The widget's views are Sign-In Widget 7's own markup, so
 * this works for any app that hosts the widget unmodified; only the host page's conventions vary.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { EmailChallengeView } from '../widget/email-challenge-view.ts';
import { WidgetLoginPage } from '../widget/widget-login-page.ts';
import { AppDriver } from './app-driver.ts';

export class WidgetAppDriver extends AppDriver {
  on(page: Page): this {
    const Driver = this.constructor as new (context: ConstructorParameters<typeof WidgetAppDriver>[0]) => this;
    return new Driver({ page, locators: this.locators, url: this.url, clientId: this.clientId, traits: this.traits, onSecret: this.onSecret });
  }

  get login(): WidgetLoginPage {
    return new WidgetLoginPage(this.page, this.locators);
  }
  get emailChallenge(): EmailChallengeView {
    return new EmailChallengeView(this.page, this.locators);
  }

  signInOffered(): Locator {
    return this.home.signInLink.or(this.login.username);
  }

  async openSignIn(): Promise<void> {
    await this.openHome();
    await expect(this.signInOffered().first(), `the home page offers sign-in (${this.locators.describe('home.signInLink')})`).toBeVisible();
    if (await this.home.signInLink.isVisible()) await this.home.signInLink.click();
    await this.login.expectShown('the widget shows the identify view');
  }

  async submitUsername(username: string): Promise<void> {
    await this.login.submitUsername(username);
  }
}
