/** How long message readers wait, shared by the email and SMS readers. */
export interface MessageWaitSettings {
  timeoutMs: number;
  pollIntervalMs: number;
  /** Allowed difference between this machine's clock and the provider's timestamps. */
  clockSkewMs: number;
}

/**
 * Okta usually delivers within seconds; a minute covers slow real providers. Polling every
 * half second keeps sandbox runs quick without hammering a real provider's API.
 */
export const DEFAULT_MESSAGE_WAIT: MessageWaitSettings = {
  timeoutMs: 60_000,
  pollIntervalMs: 500,
  clockSkewMs: 2_000,
};
