/** The authenticator list (guide steps 3–5): the authenticators in the org's `nextStep`. */
import { expect } from '@playwright/test';
import { AppPage } from '../common/app-page.ts';
import { chooseOption, optionNames } from '../common/choice.ts';

export class SelectAuthenticatorPage extends AppPage {
  readonly title = 'the authenticator list';
  protected readonly landmarkKey = 'sdk.authenticators.heading' as const;

  /** The display names of every authenticator offered (`Phone`, `Email`), in page order. */
  async offered(): Promise<string[]> {
    const choices = this.locate('sdk.authenticators.choices');
    // At least one choice, however many there are (the caller judges which ones).
    await expect(choices.first(), this.expectation('sdk.authenticators.choices')).toBeVisible();
    return optionNames(choices);
  }

  /** Chooses one authenticator by display name, whatever the shape of the choice. */
  async choose(displayName: string): Promise<void> {
    await this.act('sdk.authenticators.choice', { name: displayName }, (choice) => chooseOption(choice, displayName, () => this.click('sdk.authenticators.submit')));
  }

  async cancel(): Promise<void> {
    await this.click('sdk.cancel');
  }
}
