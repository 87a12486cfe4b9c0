/** `GET /profile` of either app: the userinfo claims table and sign-out. */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook } from '../locators.ts';
import { AppPage } from './app-page.ts';

export type ClaimRow = 'Name' | 'Email' | 'Username' | 'Subject';

export class ProfilePage extends AppPage {
  readonly heading: Locator;
  readonly claims: Locator;
  readonly signOutButton: Locator;

  constructor(page: Page, locators: LocatorBook, appUrl: string) {
    super(page, locators, appUrl);
    this.heading = this.locate('profile.heading');
    this.claims = this.locate('profile.claims');
    this.signOutButton = this.locate('profile.signOut');
  }

  /** Opens /profile directly; signed-out users are sent to /login by the app. */
  async open(): Promise<this> {
    await this.page.goto(this.url('/profile'));
    return this;
  }

  /** The value cell of one claim row (e.g. `claim('Email')`). */
  claim(row: ClaimRow): Locator {
    // Row names contain the value too ("Username" contains "Name"), so match the header cell exactly.
    const header = this.page.getByRole('rowheader', { name: row, exact: true });
    return this.claims.getByRole('row').filter({ has: header }).getByRole('cell');
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
