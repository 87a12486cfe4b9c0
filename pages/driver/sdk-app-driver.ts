/**
 * The embedded-SDK app driver: one method per user intent of the guides' steps (flows 1 and 2),
 * implemented with the page objects. The reference apps' driver is this class with the reference
 * traits; an app that differs overrides only what differs (see drivers/ and the README).
 */
import { expect } from '@playwright/test';
import type { AppPage } from '../common/app-page.ts';
import { SdkLoginPage } from '../sdk-app/login-page.ts';
import { MethodPage } from '../sdk-app/method-page.ts';
import { OriginalBrowserPage } from '../sdk-app/original-browser-page.ts';
import { PhoneEnrollmentPage } from '../sdk-app/phone-enrollment-page.ts';
import { RecoverPasswordPage } from '../sdk-app/recover-password-page.ts';
import { ResetPasswordPage } from '../sdk-app/reset-password-page.ts';
import { SelectAuthenticatorPage } from '../sdk-app/select-authenticator-page.ts';
import { VerificationCodePage } from '../sdk-app/verification-code-page.ts';
import { AppDriver } from './app-driver.ts';

export class SdkAppDriver extends AppDriver {
  get login(): SdkLoginPage {
    return new SdkLoginPage(this.page, this.locators);
  }
  get authenticators(): SelectAuthenticatorPage {
    return new SelectAuthenticatorPage(this.page, this.locators);
  }
  get method(): MethodPage {
    return new MethodPage(this.page, this.locators);
  }
  get phoneEnrollment(): PhoneEnrollmentPage {
    return new PhoneEnrollmentPage(this.page, this.locators);
  }
  get verificationCode(): VerificationCodePage {
    return new VerificationCodePage(this.page, this.locators);
  }
  get recoverPassword(): RecoverPasswordPage {
    return new RecoverPasswordPage(this.page, this.locators);
  }
  get resetPassword(): ResetPasswordPage {
    return new ResetPasswordPage(this.page, this.locators);
  }
  get originalBrowser(): OriginalBrowserPage {
    return new OriginalBrowserPage(this.page, this.locators);
  }

  async signInWithPassword(username: string, password: string): Promise<void> {
    await this.login.signIn(username, password);
  }

  /** The authenticators the list offers, once it is shown. */
  async offeredAuthenticators(): Promise<string[]> {
    await this.authenticators.expectShown();
    return this.authenticators.offered();
  }

  async chooseAuthenticator(displayName: 'Phone' | 'Email'): Promise<void> {
    await this.authenticators.choose(displayName);
  }

  /**
   * After an authenticator is chosen the org may ask which method to use (IDX
   * `authenticator-verification-data`); apps show that page or answer it themselves. Waits for
   * either the method page or `next`, and chooses `method` when asked.
   */
  async chooseMethodIfAsked(method: string, next: AppPage): Promise<void> {
    const { method: page } = this;
    await expect(page.heading.or(next.heading).first(), `after choosing the authenticator: ${page.title} or ${next.title} is shown ` +
      `(locator keys sdk.method.heading, ${next.title})`).toBeVisible();
    if (await page.heading.isVisible()) await page.choose(method);
  }

  async givePhoneNumber(phoneNumber: string): Promise<void> {
    await this.phoneEnrollment.sendCodeTo(phoneNumber);
  }

  async enterCode(code: string): Promise<void> {
    await this.verificationCode.enterCode(code);
  }

  async resendCode(): Promise<void> {
    await this.verificationCode.resendCode();
  }

  /** Cancel on the step page the user is on. */
  async cancel(): Promise<void> {
    const cancel = this.locators.locate(this.page, 'sdk.cancel');
    await expect(cancel, `expected ${this.locators.describe('sdk.cancel')} on the current step`).toBeVisible();
    await cancel.click();
  }

  /** From the sign-in page, "Forgot password?". */
  async startRecovery(): Promise<void> {
    await this.openSignIn();
    await this.login.forgotPassword();
  }

  async identifyForRecovery(username: string): Promise<void> {
    await this.recoverPassword.requestResetFor(username);
  }

  /** The new password, confirmed with `confirmation` (the same password unless a test says otherwise). */
  async setNewPassword(password: string, confirmation = password): Promise<void> {
    await this.resetPassword.setNewPassword(password, confirmation);
  }
}
