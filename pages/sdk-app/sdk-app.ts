/** Entry point to the embedded-SDK app's page objects for one browser page. */
import { AppEntry } from '../common/app-entry.ts';
import { SdkLoginPage } from './login-page.ts';
import { OriginalBrowserPage } from './original-browser-page.ts';
import { PhoneEnrollmentPage } from './phone-enrollment-page.ts';
import { RecoverPasswordPage } from './recover-password-page.ts';
import { ResetPasswordPage } from './reset-password-page.ts';
import { SelectAuthenticatorPage } from './select-authenticator-page.ts';
import { VerificationCodePage } from './verification-code-page.ts';

export class SdkApp extends AppEntry {
  get login(): SdkLoginPage {
    return new SdkLoginPage(this.page, this.locators, this.url);
  }
  get selectAuthenticator(): SelectAuthenticatorPage {
    return new SelectAuthenticatorPage(this.page, this.locators, this.url);
  }
  get phoneEnrollment(): PhoneEnrollmentPage {
    return new PhoneEnrollmentPage(this.page, this.locators, this.url);
  }
  get verificationCode(): VerificationCodePage {
    return new VerificationCodePage(this.page, this.locators, this.url);
  }
  get recoverPassword(): RecoverPasswordPage {
    return new RecoverPasswordPage(this.page, this.locators, this.url);
  }
  get resetPassword(): ResetPasswordPage {
    return new ResetPasswordPage(this.page, this.locators, this.url);
  }
  get originalBrowser(): OriginalBrowserPage {
    return new OriginalBrowserPage(this.page, this.locators, this.url);
  }
}
