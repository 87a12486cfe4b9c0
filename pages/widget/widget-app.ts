/** Entry point to the embedded-widget app's page objects for one browser page. */
import type { Page } from '@playwright/test';
import { HomePage } from '../common/home-page.ts';
import { ProfilePage } from '../common/profile-page.ts';
import type { LocatorBook } from '../locators.ts';
import { EmailChallengeView } from './email-challenge-view.ts';
import { WidgetLoginPage } from './widget-login-page.ts';
import { openSecretLink } from '../common/secret-input.ts';

export class WidgetApp {
  constructor(
    readonly page: Page,
    private readonly locators: LocatorBook,
    readonly url: string,
  ) {}

  get home(): HomePage {
    return new HomePage(this.page, this.locators, this.url);
  }
  get login(): WidgetLoginPage {
    return new WidgetLoginPage(this.page, this.locators, this.url);
  }
  get emailChallenge(): EmailChallengeView {
    return new EmailChallengeView(this.page, this.locators, this.url);
  }
  /** Opens `url` in a new tab of the same browser (same storage), as a mail client would. */
  async openInNewTab(url: string): Promise<WidgetApp> {
    const tab = await this.page.context().newPage();
    await openSecretLink(tab, url);
    return new WidgetApp(tab, this.locators, this.url);
  }
  /** Follows a magic link in this tab, as a click in a mail client would. */
  async openMagicLink(url: string): Promise<void> {
    await openSecretLink(this.page, url);
  }
  get profile(): ProfilePage {
    return new ProfilePage(this.page, this.locators, this.url);
  }
}
