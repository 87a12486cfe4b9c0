/** Waiting for independent evidence at once, with a failure that does not depend on which answered first. */

/**
 * Independent checks run at once (the page, the org and the tokens answer separately, so waiting
 * for each in turn only adds their round trips). When several fail, the error is that of the first
 * failing check in the listed order, whichever finished first: the same one as checking in turn.
 */
export async function allInOrder(checks: (Promise<unknown> | undefined)[]): Promise<void> {
  const settled = await Promise.allSettled(checks);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}
