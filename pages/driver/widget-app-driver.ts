/**
 * The embedded-widget app driver (flow 3). The widget's views are Sign-In Widget 7's own markup, so
 * this works for any app that hosts the widget unmodified; only the host page's conventions vary.
 */
import { EmailChallengeView } from '../widget/email-challenge-view.ts';
import { WidgetLoginPage } from '../widget/widget-login-page.ts';
import { AppDriver } from './app-driver.ts';

export class WidgetAppDriver extends AppDriver {
  protected override readonly signInShownBecause = 'the widget shows the identify view';

  get login(): WidgetLoginPage {
    return new WidgetLoginPage(this.page, this.locators);
  }
  get emailChallenge(): EmailChallengeView {
    return new EmailChallengeView(this.page, this.locators);
  }

  async submitUsername(username: string): Promise<void> {
    await this.login.submitUsername(username);
  }
}
