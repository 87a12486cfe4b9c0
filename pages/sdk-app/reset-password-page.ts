/** The new password, checked against the org's password policy. */
import { AppPage } from '../common/app-page.ts';

export class ResetPasswordPage extends AppPage {
  readonly title = 'the new-password page';
  protected readonly landmarkKey = 'sdk.reset.heading' as const;

  async setNewPassword(password: string, confirmation = password): Promise<void> {
    await this.typeSecret('sdk.reset.newPassword', password);
    await this.typeSecret('sdk.reset.confirmPassword', confirmation);
    await this.click('sdk.reset.submit');
  }
}
