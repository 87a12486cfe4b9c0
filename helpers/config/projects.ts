/**
 * The Playwright projects of a run: one per target the suite judges, each with its own settings
 * (`targetSettings`: app URLs, client ids, APP_DRIVER over `.env`) and `metadata.target` naming it,
 * so reports can group results by target. `reference` is the configured target. On the sandbox,
 * `variant` runs the same specs against the embedded-SDK app's deliberately different look and the
 * widget app that keeps its tokens on its server, through its own driver (drivers/sdk-variant.driver.ts).
 * Each target is split in two projects for scheduling: its @slow and @waits tests (mostly waiting on the org's
 * clock) in `<target>-waiting` with workers of their own, listed first so they lead, and the rest.
 * How to add a target: add an entry to `targets()` with its name, settings and grep.
 */
import { sandboxVariantSettings } from './sandbox-target.ts';
import type { SuiteConfig } from './types.ts';

/**
 * Tests that mostly wait on the org's clock: `@slow` (tens of seconds; left out of a quick gate)
 * and `@waits` (a few seconds, such as the 5 s email throttle; kept in it). Both lead, in the
 * waiting project, so a working worker never sits idle through their waits.
 */
const WAITING_TAGS = /@slow|@waits/;

export interface ConformanceProject {
  name: string;
  grep?: RegExp;
  grepInvert?: RegExp;
  workers?: number;
  metadata: { target: string };
  use: { browserName: 'chromium'; targetSettings: Record<string, string> };
}

interface Target {
  name: string;
  settings: Record<string, string>;
  /** Tag pattern of the specs this target runs (all when absent). */
  tags?: string;
}

function targets(config: SuiteConfig): Target[] {
  const reference: Target = { name: 'reference', settings: {} };
  if (config.target !== 'sandbox') return [reference];
  return [reference, { name: 'variant', settings: sandboxVariantSettings(config.sandboxPort) }];
}

/**
 * `workers.waiting` is shared by the targets' waiting projects, so that together they never hold
 * more than that many of the run's workers: the rest stay free for the tests that keep a browser
 * busy. (Each project's own limit is all Playwright offers, and the waiting projects are listed
 * first: with a limit each of `waiting`, two targets' waiting tests took every worker at the start
 * and the working tests queued behind them.)
 */
export function conformanceProjects(config: SuiteConfig, workers: { working: number; waiting: number }): ConformanceProject[] {
  const all = targets(config);
  const waitingEach = Math.max(1, Math.floor(workers.waiting / all.length));
  const project = (target: Target, slow: boolean): ConformanceProject => {
    const tags = target.tags ? `(?=.*(?:${target.tags}))` : '';
    return {
      // Not "@slow": Playwright matches grep against the project name too.
      name: slow ? `${target.name}-waiting` : target.name,
      ...(slow ? { grep: new RegExp(`^(?=.*(?:${WAITING_TAGS.source}))${tags}`) } : { grep: new RegExp(`^${tags}`), grepInvert: WAITING_TAGS }),
      workers: slow ? waitingEach : workers.working,
      metadata: { target: target.name },
      use: { browserName: 'chromium', targetSettings: target.settings },
    };
  };
  return [...all.map((t) => project(t, true)), ...all.map((t) => project(t, false))];
}
