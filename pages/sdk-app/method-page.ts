/**
 * The IDX method step (`authenticator-verification-data`): "how should we send the code?" Apps may
 * show it (SMS, Next) or answer it themselves when there is one method; the flows accept both.
 */
import { AppPage } from '../common/app-page.ts';
import { chooseOption } from '../common/choice.ts';

export class MethodPage extends AppPage {
  readonly title = 'the verification method page';
  protected readonly landmarkKey = 'sdk.method.heading' as const;

  async choose(method: string): Promise<void> {
    await this.act('sdk.method.choice', { name: method }, (choice) => chooseOption(choice, method, () => this.click('sdk.method.submit')));
  }

  async cancel(): Promise<void> {
    await this.click('sdk.cancel');
  }
}
