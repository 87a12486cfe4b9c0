/** `GET /` of either app: a way in when signed out; a welcome and the profile link when signed in. */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from './app-page.ts';
import { ProfilePage } from './profile-page.ts';

export class HomePage extends AppPage {
  readonly heading: Locator;
  readonly signInLink: Locator;
  readonly profileLink: Locator;
  readonly welcome: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('home.heading');
    this.signInLink = this.locate('home.signInLink');
    this.profileLink = this.locate('home.profileLink');
    this.welcome = this.locate('home.welcome');
  }

  async open(): Promise<this> {
    await this.page.goto(this.url('/'));
    return this;
  }

  async openProfile(): Promise<ProfilePage> {
    await this.profileLink.click();
    return new ProfilePage(this.page, this.locators, this.appUrl);
  }
}
