/**
 * The only reader of `process.env` in the project. Loads `.env` (or the file named by ENV_FILE),
 * lets the real environment override it, picks the target (sandbox when OKTA_ORG_URL is unset) and
 * returns one typed, validated SuiteConfig.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { ConfigError, isConformanceError } from '../errors.ts';
import { numbersForShard, parseShard } from '../phone/shard.ts';
import { parseSettings, type RawSettings } from './parse.ts';
import { DEFAULT_SANDBOX_PORT, sandboxSettings } from './sandbox-target.ts';
import type { SuiteConfig } from './types.ts';

export type { SuiteConfig } from './types.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUN_ID_VARIABLE = 'OIEC_RUN_ID';

/** Settings that describe the machine and the run, not the target. */
export interface RuntimeSettings {
  ci: boolean;
  browserPath?: string;
  /**
   * Playwright trace mode, `retain-on-failure` by default: traces record typed values, so every
   * registered secret is redacted from them as each test ends (helpers/artifacts/redacting-reporter.ts).
   */
  trace: 'off' | 'on' | 'retain-on-failure';
  /** Failure screenshots, on by default, with every input field masked (a typed code is pixels). */
  screenshot: 'off' | 'only-on-failure';
  envFile: string;
  /** `--strict` (CONFORMANCE_STRICT): INCONCLUSIVE and FLAKY verdicts also stop the gate. */
  strict: boolean;
  /** Known deviations (EXPECTED_FAILURES_FILE, default expected-failures.json; optional). */
  expectedFailuresFile: string;
  /** GitHub Actions' job summary file, where the conformance report's Markdown is appended. */
  githubStepSummary?: string;
  /** A faults table for the sandbox the suite starts (SANDBOX_FAULTS, e.g. sandbox/faults/random.json). */
  sandboxFaults?: string;
  /** This machine's shard of a sharded run (CONFORMANCE_SHARD, the value given to --shard). */
  shard?: string;
  /** How long a reader waits for an email or SMS (MESSAGE_WAIT_SECONDS, default 60). */
  messageWaitSeconds: number;
}

export function runtimeSettings(env: RawSettings = process.env): RuntimeSettings {
  const trace = env.PW_TRACE === 'on' || env.PW_TRACE === 'off' ? env.PW_TRACE : 'retain-on-failure';
  return {
    ci: Boolean(env.CI && env.CI !== 'false' && env.CI !== '0'),
    browserPath: env.BROWSER_PATH?.trim() || undefined,
    trace,
    screenshot: env.PW_SCREENSHOT === 'off' ? 'off' : 'only-on-failure',
    envFile: path.resolve(PROJECT_ROOT, env.ENV_FILE?.trim() || '.env'),
    strict: env.CONFORMANCE_STRICT === '1' || env.CONFORMANCE_STRICT === 'true',
    expectedFailuresFile: path.resolve(PROJECT_ROOT, env.EXPECTED_FAILURES_FILE?.trim() || 'expected-failures.json'),
    githubStepSummary: env.GITHUB_STEP_SUMMARY?.trim() || undefined,
    messageWaitSeconds: positiveNumber(env.MESSAGE_WAIT_SECONDS) ?? 60,
    shard: env.CONFORMANCE_SHARD?.trim() || undefined,
    sandboxFaults: env.SANDBOX_FAULTS?.trim() ? path.resolve(PROJECT_ROOT, env.SANDBOX_FAULTS.trim()) : undefined,
  };
}

function positiveNumber(raw: string | undefined): number | undefined {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** `.env` values overlaid by the real environment (the environment wins, as with dotenv). */
export function readRawSettings(env: RawSettings = process.env): RawSettings {
  const file = runtimeSettings(env).envFile;
  let fromFile: RawSettings = {};
  if (fs.existsSync(file)) {
    fromFile = dotenv.parse(fs.readFileSync(file));
  } else if (env.ENV_FILE) {
    throw new ConfigError([`ENV_FILE names ${file}, which does not exist: create it from .env.example or unset ENV_FILE.`]);
  }
  const merged: RawSettings = { ...fromFile };
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') merged[key] = value;
  return merged;
}

/**
 * The run id is shared by every worker of one run: the first process to ask creates it and puts it
 * in its environment, which Playwright's workers inherit.
 */
export function runId(env: RawSettings = process.env): string {
  const existing = env[RUN_ID_VARIABLE];
  if (existing) return existing;
  const id = `${Date.now().toString(36)}${crypto.randomBytes(2).toString('hex')}`;
  process.env[RUN_ID_VARIABLE] = id;
  return id;
}

/**
 * Build the config from raw settings; sandbox values fill in when OKTA_ORG_URL is unset.
 * `project` holds a Playwright project's own settings (its target's app URLs, client ids and
 * APP_DRIVER: playwright.config.ts, `targetSettings`); they win over both.
 */
export function configFrom(raw: RawSettings, id: string, project: RawSettings = {}): SuiteConfig {
  const target = raw.OKTA_ORG_URL ? 'live' : 'sandbox';
  let settings = raw;
  if (target === 'sandbox') {
    const port = Number(raw.SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
    // The sandbox's own services replace every target setting; only run preferences are kept.
    settings = { ...raw, ...sandboxSettings(Number.isInteger(port) ? port : DEFAULT_SANDBOX_PORT) };
    if (raw.SMS_PROVIDER) settings.SMS_PROVIDER = raw.SMS_PROVIDER;
  }
  settings = { ...settings, ...project };
  // A run of its own (the detection runner's, one per seeded defect) keeps its state apart.
  const stateDir = raw.OIEC_STATE_DIR?.trim() ? path.resolve(raw.OIEC_STATE_DIR) : path.join(PROJECT_ROOT, '.cache', 'state');
  const config = parseSettings(settings, { target, runId: id, stateDir });
  // A sharded run (CONFORMANCE_SHARD=i/n, the value given to --shard) leases only its own numbers.
  const pool = config.sms.provider === 'twilio' ? 'TWILIO_PHONE_NUMBERS' : 'MAILOSAUR_SMS_NUMBERS';
  return { ...config, sms: { ...config.sms, numbers: numbersForShard(config.sms.numbers, parseShard(raw.CONFORMANCE_SHARD), pool) } };
}

/**
 * On failure Playwright writes the page's accessibility snapshot into `error-context.md`, with the
 * values of text fields (a one-time code still in its box). With traces or screenshots on (the
 * default) it is kept, and the redacting reporter removes the secrets from it; with both off, the
 * snapshot is switched off too.
 * Called from playwright.config.ts, which every worker loads, so workers inherit the choice.
 */
export function keepSecretsOutOfFailureSnapshots(settings: RuntimeSettings = runtimeSettings()): void {
  if (settings.trace === 'off' && settings.screenshot === 'off') process.env.PLAYWRIGHT_NO_COPY_PROMPT = '1';
}

const cached = new Map<string, SuiteConfig>();

/** The run's config; `project` is a Playwright project's `targetSettings` (one config per project). */
export function loadConfig(project: RawSettings = {}): SuiteConfig {
  const key = JSON.stringify(Object.entries(project).sort());
  let config = cached.get(key);
  if (!config) {
    config = configFrom(readRawSettings(), runId(), project);
    cached.set(key, config);
  }
  return config;
}

/**
 * For entry points (scripts, playwright.config.ts): a bad configuration prints one clear message
 * and exits non-zero, without a stack trace.
 */
export function loadConfigOrExit(): SuiteConfig {
  try {
    return loadConfig();
  } catch (error) {
    exitWithMessage(error);
  }
}

export function exitWithMessage(error: unknown): never {
  if (isConformanceError(error)) {
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(2);
  }
  throw error;
}

/** The environment for a child process we start (apt-get, an unpacker): ours plus `extra`. */
export function childEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** Iterations of a bench loop that runs inside Playwright (`npm run bench` sets OIEC_BENCH_ITERATIONS). */
export function benchIterations(fallback: number, env: RawSettings = process.env): number {
  const value = Number(env.OIEC_BENCH_ITERATIONS);
  return Number.isInteger(value) && value > 0 && value <= 1_000 ? value : fallback;
}
