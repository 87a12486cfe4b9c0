/**
 * How the embedded-SDK app looks and behaves where the guides leave apps free: one switch, two
 * looks, one code path. The reference look is the markup contract in docs/ARCHITECTURE.md; the
 * variant differs on every axis real apps built from Okta's samples differ on (unlabelled inputs
 * reachable only by CSS, a <select> for the authenticator, the IDX method step shown, claims on
 * the home page and no /profile, Cancel to home, other wording), so the suite proves it judges the
 * guide, not our markup. Both keep tokens only in the server-side session.
 * How to add an axis: add a field here, set it in both looks, read it where the page is rendered.
 */
export type SdkAppVariant = 'reference' | 'variant';

export interface SdkAppLook {
  variant: SdkAppVariant;
  appName: string;
  /** Inputs with a <label> (reference) or only id, name and placeholder (variant). */
  labelledInputs: boolean;
  authenticatorChoice: 'radios' | 'select';
  /** Shows the IDX method step (a button per method) instead of answering it itself. */
  showsMethodStep: boolean;
  /** A `/profile` page (reference) or the claims on the home page (variant). */
  profilePage: boolean;
  /** Where Cancel goes. */
  cancelTo: string;
  words: Words;
}

export interface Words {
  home: string;
  signInLink: string;
  welcome: string;
  profileLink: string;
  signOut: string;
  login: { heading: string; username: string; password: string; submit: string; forgot: string };
  select: { heading: string; legend: string; submit: string };
  method: { heading: string };
  phone: { heading: string; number: string; submit: string };
  code: { heading: string; input: string; submit: string; resend: string };
  cancel: string;
  recover: { heading: string; username: string; submit: string };
  reset: { heading: string; newPassword: string; confirm: string; submit: string };
  originalBrowser: string;
  profile: string;
}

const REFERENCE_WORDS: Words = {
  home: 'Home',
  signInLink: 'Sign in',
  welcome: 'Welcome, ',
  profileLink: 'My profile',
  signOut: 'Sign out',
  login: { heading: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in', forgot: 'Forgot password?' },
  select: { heading: 'Select an authenticator', legend: 'Choose how to verify your identity', submit: 'Continue' },
  method: { heading: 'Choose a verification method' },
  phone: { heading: 'Set up phone authentication', number: 'Phone number', submit: 'Send code' },
  code: { heading: 'Enter verification code', input: 'Verification code', submit: 'Verify', resend: 'Resend code' },
  cancel: 'Cancel',
  recover: { heading: 'Reset your password', username: 'Username', submit: 'Next' },
  reset: { heading: 'Set a new password', newPassword: 'New password', confirm: 'Confirm new password', submit: 'Reset password' },
  originalBrowser: 'Enter the code in your original browser',
  profile: 'My profile',
};

const VARIANT_WORDS: Words = {
  home: 'Acme Portal',
  signInLink: 'Log in',
  welcome: 'Hello, ',
  profileLink: '',
  signOut: 'Log out',
  login: { heading: 'Log in to Acme', username: 'Email or username', password: 'Your password', submit: 'Continue', forgot: 'Trouble logging in?' },
  select: { heading: "Verify it's you", legend: 'Verification method', submit: 'Next' },
  method: { heading: 'How should we send your code?' },
  phone: { heading: 'Add a mobile number', number: 'Mobile number', submit: 'Text me a code' },
  code: { heading: 'Check your messages', input: 'One-time code', submit: 'Submit', resend: 'Send a new code' },
  cancel: 'Back to start',
  recover: { heading: 'Forgot your password?', username: 'Email or username', submit: 'Send reset' },
  reset: { heading: 'Choose a new password', newPassword: 'Password', confirm: 'Repeat password', submit: 'Save password' },
  originalBrowser: 'Open this link where you started',
  profile: '',
};

export function sdkAppLook(variant: SdkAppVariant, appName: string): SdkAppLook {
  if (variant === 'variant') {
    return { variant, appName, labelledInputs: false, authenticatorChoice: 'select', showsMethodStep: true, profilePage: false, cancelTo: '/', words: VARIANT_WORDS };
  }
  return { variant, appName, labelledInputs: true, authenticatorChoice: 'radios', showsMethodStep: false, profilePage: true, cancelTo: '/login', words: REFERENCE_WORDS };
}
