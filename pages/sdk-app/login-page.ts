/** The embedded-SDK app's sign-in page: step 1 of the guide (username and password). */
import type { Locator } from '@playwright/test';
import { AppPage } from '../common/app-page.ts';

export class SdkLoginPage extends AppPage {
  readonly title = 'the sign-in page';
  protected readonly landmarkKey = 'sdk.login.heading' as const;

  get username(): Locator {
    return this.locate('sdk.login.username');
  }

  /** Step 2: submits the credentials; with valid ones the org asks for another factor next. */
  async signIn(username: string, password: string): Promise<void> {
    await this.type('sdk.login.username', username);
    await this.typeSecret('sdk.login.password', password);
    await this.click('sdk.login.submit');
  }

  async forgotPassword(): Promise<void> {
    await this.click('sdk.login.forgotPassword');
  }
}
