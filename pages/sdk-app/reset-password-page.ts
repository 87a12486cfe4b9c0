/** `GET /reset-password`: the new password, checked against the org's password policy. */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';
import { enterSecret } from '../common/secret-input.ts';

export class ResetPasswordPage extends AppPage {
  readonly heading: Locator;
  readonly newPassword: Locator;
  readonly confirmPassword: Locator;
  readonly submitButton: Locator;
  readonly cancelButton: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('sdk.reset.heading');
    this.newPassword = this.locate('sdk.reset.newPassword');
    this.confirmPassword = this.locate('sdk.reset.confirmPassword');
    this.submitButton = this.locate('sdk.reset.submit');
    this.cancelButton = this.locate('sdk.cancel');
  }

  async setNewPassword(password: string): Promise<void> {
    await enterSecret(this.newPassword, password);
    await enterSecret(this.confirmPassword, password);
    await this.submitButton.click();
  }
}
