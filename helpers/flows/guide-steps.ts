/**
 * The step names of the Okta guides the flows come from (the seeds), so a trace or report reads
 * like the guide. Flow 2's guide names no integration steps of its own; its names follow the
 * recovery sequence the guide describes.
 */
export const PASSWORD_PHONE_STEPS = {
  signInPage: 'Step 1: Build a sign-in page on the client',
  authenticate: 'Step 2: Authenticate user credentials',
  listPhone: 'Step 4: Show the phone factor in the authenticator list',
  choosePhone: 'Step 5: Call idx.authenticate(phone)',
  sendPhoneNumber: 'Step 7: Call idx.authenticate(phone number)',
  verifyCode: 'Step 10: Call idx.authenticate(verificationCode) to verify the phone code',
  signedIn: 'Step 11: Handle the response from VerifyAuthenticatorAsync (factor verifications completed)',
  profile: 'Step 12: Get user profile information (optional)',
} as const;

export const RECOVERY_STEPS = {
  start: 'Start password recovery from the sign-in page',
  identify: 'Identify the user who forgot the password',
  chooseEmail: 'Choose the email factor (the code or magic link is sent)',
  verifyCode: 'Verify the email code',
  openMagicLink: 'Open the magic link from the email',
  newPassword: 'Set a new password that meets the policy',
  signedIn: 'Signed in with the new password',
} as const;

export const EMAIL_ONLY_STEPS = {
  submitUsername: '1. The user submits their username',
  emailChallenge: '2. The user starts the email challenge flow',
  verify: '3. The user verifies their identity with the email authenticator',
  signedIn: 'Signed in: the app shows the user and the org recorded the sign-in',
} as const;
