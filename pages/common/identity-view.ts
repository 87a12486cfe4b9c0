/**
 * Where an app shows who is signed in (guide step 12, optional): a profile page of its own, or the
 * claims on the home page. The claims are found by OIDC claim name through the locator table.
 */
import type { Locator } from '@playwright/test';
import { AppPage } from './app-page.ts';

/** The claims the suite can check, with the row names the reference apps give them. */
export const CLAIM_LABELS = { name: 'Name', email: 'Email', preferred_username: 'Username', sub: 'Subject' } as const;
export type ClaimName = keyof typeof CLAIM_LABELS;

export class IdentityView extends AppPage {
  readonly title = 'the page that shows the signed-in user';
  protected readonly landmarkKey = 'identity.claims' as const;

  /** One claim (its row or element), found inside the claims region. */
  claim(name: ClaimName): Locator {
    return this.locators.locate(this.heading, 'identity.claim', { claim: name, label: CLAIM_LABELS[name] });
  }
  get signOutButton(): Locator {
    return this.locate('app.signOut');
  }
}
