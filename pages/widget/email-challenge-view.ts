/**
 * The widget's email authenticator views: "Get a verification email" (send it), then "Verify with
 * your email" (magic link or code; resend after the widget's delay).
 */
import type { Locator } from '@playwright/test';
import { AppPage } from '../common/app-page.ts';

export class EmailChallengeView extends AppPage {
  readonly title = "the Sign-In Widget's email challenge";
  /** "Verify with your email": shown once the email is on its way. */
  protected readonly landmarkKey = 'widget.email.title' as const;

  /** "Get a verification email": shown before the email is sent. */
  get startHeading(): Locator {
    return this.locate('widget.email.startTitle');
  }
  get resendLink(): Locator {
    return this.locate('widget.email.resend');
  }
  get errors(): Locator {
    return this.locate('widget.errors');
  }
  /** The outcome of a magic link opened where the flow did not start. */
  get originalTabMessage(): Locator {
    return this.locate('widget.originalTab');
  }

  async expectStartShown(): Promise<void> {
    await this.expectVisible('widget.email.startTitle', 'the widget offers the email authenticator');
  }

  /** Guide step 2: "Send me an email". */
  async sendEmail(): Promise<void> {
    await this.click('widget.email.send');
  }

  /** Types the code from the email; the widget reveals the code box first when it is hidden. */
  async enterCode(code: string): Promise<void> {
    const instead = this.locate('widget.email.enterCodeInstead');
    if (await instead.isVisible()) await instead.click();
    await this.typeSecret('widget.email.code', code);
    await this.click('widget.email.verify');
  }

  /** Asks for another email; the widget only offers this after its 30 s delay. */
  async resendEmail(): Promise<void> {
    await this.resendLink.click();
  }
}
