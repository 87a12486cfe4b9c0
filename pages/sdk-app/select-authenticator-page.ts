/** `GET /select-authenticator`: the authenticators in the org's `nextStep` (steps 3–4). */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';
import { PhoneEnrollmentPage } from './phone-enrollment-page.ts';
import { VerificationCodePage } from './verification-code-page.ts';

export class SelectAuthenticatorPage extends AppPage {
  readonly heading: Locator;
  readonly continueButton: Locator;
  readonly cancelButton: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('sdk.selectAuthenticator.heading');
    this.continueButton = this.locate('sdk.selectAuthenticator.continue');
    this.cancelButton = this.locate('sdk.cancel');
  }

  /** The radio of one authenticator, by its display name (`Phone`, `Email`). */
  option(displayName: string): Locator {
    return this.page.getByRole('radio', { name: displayName, exact: true });
  }

  /** Chooses the phone for a user who has none yet: the org asks for the number. */
  async choosePhoneToEnroll(): Promise<PhoneEnrollmentPage> {
    await this.choose('Phone');
    return new PhoneEnrollmentPage(this.page, this.locators, this.appUrl);
  }

  /** Chooses an enrolled phone (or the email in recovery): the org sends the code right away. */
  async chooseToReceiveCode(displayName: 'Phone' | 'Email'): Promise<VerificationCodePage> {
    await this.choose(displayName);
    return new VerificationCodePage(this.page, this.locators, this.appUrl);
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }

  private async choose(displayName: string): Promise<void> {
    await this.option(displayName).check();
    await this.continueButton.click();
  }
}
