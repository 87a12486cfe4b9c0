/** The code page for enrollment and challenge (`/enroll-authenticator/:key`, `/challenge-authenticator/:key`). */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';
import { enterSecret } from '../common/secret-input.ts';

export class VerificationCodePage extends AppPage {
  readonly heading: Locator;
  readonly code: Locator;
  readonly verifyButton: Locator;
  readonly resendButton: Locator;
  readonly cancelButton: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('sdk.code.heading');
    this.code = this.locate('sdk.code.input');
    this.verifyButton = this.locate('sdk.code.verify');
    this.resendButton = this.locate('sdk.code.resend');
    this.cancelButton = this.locate('sdk.cancel');
  }

  /** Submits a code; what follows depends on the flow (home page, new-password page, or an error). */
  async enterCode(code: string): Promise<void> {
    await enterSecret(this.code, code);
    await this.verifyButton.click();
  }

  async resendCode(): Promise<void> {
    await this.resendButton.click();
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }
}
