/** The SDK app's answer to a magic link opened where the sign-in did not start. */
import { AppPage } from '../common/app-page.ts';

export class OriginalBrowserPage extends AppPage {
  readonly title = 'the "use your original browser" page';
  protected readonly landmarkKey = 'sdk.originalBrowser.heading' as const;
}
