/** `GET /enroll-authenticator/phone_number/enrollment-data`: the number to enroll (steps 6–7). */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';
import { VerificationCodePage } from './verification-code-page.ts';

export class PhoneEnrollmentPage extends AppPage {
  readonly heading: Locator;
  readonly phoneNumber: Locator;
  readonly sendCodeButton: Locator;
  readonly cancelButton: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('sdk.phone.heading');
    this.phoneNumber = this.locate('sdk.phone.number');
    this.sendCodeButton = this.locate('sdk.phone.sendCode');
    this.cancelButton = this.locate('sdk.cancel');
  }

  async sendCodeTo(phoneNumber: string): Promise<VerificationCodePage> {
    await this.phoneNumber.fill(phoneNumber);
    await this.sendCodeButton.click();
    return new VerificationCodePage(this.page, this.locators, this.appUrl);
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }
}
