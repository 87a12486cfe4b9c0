/**
 * The page that hosts the Sign-In Widget and the widget's identify view in it. The view's markup is
 * the widget's own; its locators live in pages/locators.ts (`widget.*`).
 */
import type { Locator } from '@playwright/test';
import { AppPage } from '../common/app-page.ts';

export class WidgetLoginPage extends AppPage {
  readonly title = "the Sign-In Widget's identify view";
  protected readonly landmarkKey = 'widget.identify.username' as const;

  get username(): Locator {
    return this.locate('widget.identify.username');
  }
  get errors(): Locator {
    return this.locate('widget.errors');
  }

  /** Identifier-first: the org answers with the email authenticator (guide step 1). */
  async submitUsername(username: string): Promise<void> {
    await this.type('widget.identify.username', username);
    await this.click('widget.identify.next');
  }
}
