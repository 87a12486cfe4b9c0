/** The verification-code page for enrollment and challenge, SMS or email (guide steps 9–10). */
import { AppPage } from '../common/app-page.ts';

export class VerificationCodePage extends AppPage {
  readonly title = 'the verification code page';
  protected readonly landmarkKey = 'sdk.code.heading' as const;

  /** Submits a code; what follows depends on the flow (signed in, new-password page, or an error). */
  async enterCode(code: string): Promise<void> {
    await this.typeCode(code);
    await this.click('sdk.code.verify');
  }

  /** Types a code into the field without submitting it. */
  async typeCode(code: string): Promise<void> {
    await this.typeSecret('sdk.code.input', code);
  }

  async resendCode(): Promise<void> {
    await this.click('sdk.code.resend');
  }

  async cancel(): Promise<void> {
    await this.click('sdk.cancel');
  }
}
