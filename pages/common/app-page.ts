/** What every page of both reference apps shares: a URL root, one alert region, one status region. */
import type { Locator, Page } from '@playwright/test';
import type { LocatorBook, LocatorKey } from '../locators.ts';

export abstract class AppPage {
  /** The page's h1; flows assert it to know where the user is. */
  abstract readonly heading: Locator;
  /** Errors, always in the one `role="alert"` element. */
  readonly alert: Locator;
  /** Informational notices (`role="status"`). */
  readonly status: Locator;

  constructor(
    readonly page: Page,
    protected readonly locators: LocatorBook,
    /** The app's base URL (SIGNIN_APP_URL or WIDGET_APP_URL). */
    readonly appUrl: string,
  ) {
    this.alert = this.locate('app.alert');
    this.status = this.locate('app.status');
  }

  protected locate(key: LocatorKey): Locator {
    return this.locators.locate(this.page, key);
  }

  protected url(route: string): string {
    return new URL(route, this.appUrl).href;
  }
}
