/** Entry point to the embedded-widget app's page objects for one browser page. */
import { AppEntry } from '../common/app-entry.ts';
import { openSecretLink } from '../common/secret-input.ts';
import { EmailChallengeView } from './email-challenge-view.ts';
import { WidgetLoginPage } from './widget-login-page.ts';

export class WidgetApp extends AppEntry {
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
}
