/**
 * What both apps' page-object entry points share: the browser page, the locator book, the app's
 * base URL, the pages every app has (home, profile), and following a magic link in this tab.
 */
import type { Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { HomePage } from './home-page.ts';
import { ProfilePage } from './profile-page.ts';
import { openSecretLink } from './secret-input.ts';

export abstract class AppEntry {
  constructor(
    readonly page: Page,
    protected readonly locators: LocatorBook,
    readonly url: string,
  ) {}

  get home(): HomePage {
    return new HomePage(this.page, this.locators, this.url);
  }
  get profile(): ProfilePage {
    return new ProfilePage(this.page, this.locators, this.url);
  }
  /** Follows a magic link in this tab, as a click in a mail client would. */
  async openMagicLink(url: string): Promise<void> {
    await openSecretLink(this.page, url);
  }
}
