/** Entry point to the embedded-widget app's page objects for one browser page. */
import type { Page } from '@playwright/test';
import { HomePage } from '../common/home-page.ts';
import { ProfilePage } from '../common/profile-page.ts';
import type { LocatorBook } from '../locators.ts';
import { EmailChallengeView } from './email-challenge-view.ts';
import { WidgetLoginPage } from './widget-login-page.ts';

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
    await tab.goto(url);
    return new WidgetApp(tab, this.locators, this.url);
  }
  get profile(): ProfilePage {
    return new ProfilePage(this.page, this.locators, this.url);
  }
}
