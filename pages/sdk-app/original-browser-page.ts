/** The SDK app's answer to a magic link opened where the sign-in did not start. */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from '../common/app-page.ts';

export class OriginalBrowserPage extends AppPage {
  readonly heading: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('sdk.originalBrowser.heading');
  }
}
