/** The app's home page: a way in when signed out; a welcome (and maybe the claims) when signed in. */
import type { Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class HomePage extends AppPage {
  readonly title = 'the home page';
  protected readonly landmarkKey = 'home.heading' as const;

  get signInLink(): Locator {
    return this.locate('home.signInLink');
  }
  get profileLink(): Locator {
    return this.locate('home.profileLink');
  }
  get welcome(): Locator {
    return this.locate('home.welcome');
  }
  get signOutButton(): Locator {
    return this.locate('app.signOut');
  }
}
