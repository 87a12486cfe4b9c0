/**
 * What every page object shares: the browser page, the locator book, one alert and one status
 * region, and the rule that each guide step waits for its own page with a short, named expectation,
 * so a wrong locator fails in seconds with the page and the key in the message, never by timeout.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { LocatorBook, LocatorKey, LocatorParams } from '../locators.ts';
import { enterSecret } from './secret-input.ts';

export abstract class AppPage {
  /** How failure messages name this page ("the sign-in page"). */
  abstract readonly title: string;
  /** The key of the landmark that says the browser is on this page (usually its heading). */
  protected abstract readonly landmarkKey: LocatorKey;

  constructor(
    readonly page: Page,
    protected readonly locators: LocatorBook,
  ) {}

  /** The page's landmark; flows assert it to know where the user is. */
  get heading(): Locator {
    return this.locate(this.landmarkKey);
  }
  /** Errors (the reference apps keep them in one `role="alert"` element). */
  get alert(): Locator {
    return this.locate('app.alert');
  }
  /** Informational notices. */
  get status(): Locator {
    return this.locate('app.status');
  }

  /** Waits for this page: the message names the page and the locator key it looked for. */
  async expectShown(because?: string): Promise<void> {
    await expect(this.heading, this.expectation(this.landmarkKey, because)).toBeVisible();
  }

  /** Waits for one element of this page by key, with the named message. */
  async expectVisible(key: LocatorKey, because?: string): Promise<void> {
    await expect(this.locate(key), this.expectation(key, because)).toBeVisible();
  }

  protected locate(key: LocatorKey, params?: LocatorParams): Locator {
    return this.locators.locate(this.page, key, params);
  }

  /** The failure message of a step on this page: which page, which key, how it is looked for. */
  protected expectation(key: LocatorKey, because?: string): string {
    return `${because ? `${because}: ` : ''}on ${this.title}, expected ${this.locators.describe(key)} to be visible ` +
      '(if your app differs, override this key in your app driver or locator file)';
  }

  /** A control of this page, once it is visible (fails fast, by name, when it is not). */
  protected async control(key: LocatorKey, params?: LocatorParams): Promise<Locator> {
    const control = this.locate(key, params);
    await expect(control, this.expectation(key)).toBeVisible();
    return control;
  }

  protected async click(key: LocatorKey, params?: LocatorParams): Promise<void> {
    await (await this.control(key, params)).click();
  }

  protected async type(key: LocatorKey, value: string): Promise<void> {
    await (await this.control(key)).fill(value);
  }

  /** Types a password or code without writing it into step titles (see secret-input.ts). */
  protected async typeSecret(key: LocatorKey, value: string): Promise<void> {
    await enterSecret(await this.control(key), value);
  }
}
