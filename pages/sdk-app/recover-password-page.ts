/** Who forgot their password: the recovery flow's first page. */
import { AppPage } from '../common/app-page.ts';

export class RecoverPasswordPage extends AppPage {
  readonly title = 'the password recovery page';
  protected readonly landmarkKey = 'sdk.recover.heading' as const;

  /** Names the account; the org then offers the recovery authenticators (email here). */
  async requestResetFor(username: string): Promise<void> {
    await this.type('sdk.recover.username', username);
    await this.click('sdk.recover.next');
  }
}
