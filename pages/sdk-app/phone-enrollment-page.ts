/** The phone number entry page (guide steps 6–7): the number to enroll. */
import { AppPage } from '../common/app-page.ts';

export class PhoneEnrollmentPage extends AppPage {
  readonly title = 'the phone number page';
  protected readonly landmarkKey = 'sdk.phone.heading' as const;

  async sendCodeTo(phoneNumber: string): Promise<void> {
    await this.type('sdk.phone.number', phoneNumber);
    await this.click('sdk.phone.sendCode');
  }

  async cancel(): Promise<void> {
    await this.click('sdk.cancel');
  }
}
