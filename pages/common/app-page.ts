/**
 * What every page object shares: the browser page, the locator book, one alert and one status
 * region, and the rule that each guide step waits for its own page with a short, named expectation,
 * so a wrong locator fails in seconds with the page and the key in the message, never by timeout.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { LocatorBook, LocatorKey, LocatorParams } from '../locators.ts';
import { enterSecret } from './secret-input.ts';

/**
 * After an action failed, how long the named expectation looks for its control: the action already
 * waited its full time (the config's actionTimeout), so this only turns "not there" into the page's message.
 */
const NAMED_RECHECK_MS = 1_000;

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

  /**
   * Acts on a control of this page. The action's own wait (attached, visible, stable, enabled) is
   * the step's wait: a separate visibility expectation first would cost one more round trip to the
   * page per control. When the action fails and the control is not visible, the failure is the
   * page's named expectation, as before; any other failure (a control shown but disabled) is the
   * action's own.
   */
  protected async act(key: LocatorKey, params: LocatorParams | undefined, action: (control: Locator) => Promise<void>): Promise<void> {
    const control = this.locate(key, params);
    try {
      await action(control);
    } catch (error) {
      if (!(await control.isVisible().catch(() => false))) {
        await expect(control, this.expectation(key)).toBeVisible({ timeout: NAMED_RECHECK_MS });
      }
      throw error;
    }
  }

  protected async click(key: LocatorKey, params?: LocatorParams): Promise<void> {
    await this.act(key, params, (control) => control.click());
  }

  protected async type(key: LocatorKey, value: string): Promise<void> {
    await this.act(key, undefined, (control) => control.fill(value));
  }

  /** Types a password or code without writing it into step titles (see secret-input.ts). */
  protected async typeSecret(key: LocatorKey, value: string): Promise<void> {
    await this.act(key, undefined, (control) => enterSecret(control, value));
  }
}
