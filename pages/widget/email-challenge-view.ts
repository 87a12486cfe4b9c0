/**
 * The widget's email authenticator views: "Get a verification email" (send it), then "Verify with
 * your email" (magic link or code; resend after the widget's delay).
 */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';
import { enterSecret } from '../common/secret-input.ts';

export class EmailChallengeView extends AppPage {
  /** "Get a verification email": shown before the email is sent. */
  readonly startHeading: Locator;
  readonly sendEmailButton: Locator;
  /** "Verify with your email": shown once the email is on its way. */
  readonly heading: Locator;
  readonly enterCodeInsteadLink: Locator;
  readonly code: Locator;
  readonly verifyButton: Locator;
  readonly resendLink: Locator;
  readonly errors: Locator;
  /** The outcome of a magic link opened where the flow did not start. */
  readonly originalTabMessage: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.startHeading = this.locate('widget.email.startTitle');
    this.sendEmailButton = this.locate('widget.email.send');
    this.heading = this.locate('widget.email.title');
    this.enterCodeInsteadLink = this.locate('widget.email.enterCodeInstead');
    this.code = this.locate('widget.email.code');
    this.verifyButton = this.locate('widget.email.verify');
    this.resendLink = this.locate('widget.email.resend');
    this.errors = this.locate('widget.errors');
    this.originalTabMessage = this.locate('widget.originalTab');
  }

  /** Guide step 2: "Send me an email". */
  async sendEmail(): Promise<void> {
    await this.sendEmailButton.click();
  }

  /** Types the code from the email; the widget reveals the code box first when it is hidden. */
  async enterCode(code: string): Promise<void> {
    if (await this.enterCodeInsteadLink.isVisible()) await this.enterCodeInsteadLink.click();
    await enterSecret(this.code, code);
    await this.verifyButton.click();
  }

  /** Asks for another email; the widget only offers this after its 30 s delay. */
  async resendEmail(): Promise<void> {
    await this.resendLink.click();
  }
}
