/**
 * The secret registry: every password, OTP, magic-link token and API token the suite handles is
 * recorded here, so (1) anything attached to a report can be redacted, and (2) a check can scan
 * reports and test results after a run and prove none of them leaked. Each worker process appends
 * to its own file under `<stateDir>/secrets/`, so writers never contend.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export type SecretKind = 'password' | 'otp' | 'link-token' | 'api-token' | 'link' | 'token';

export interface SecretRecord {
  kind: SecretKind;
  value: string;
}

/** Values shorter than this are not worth redacting (they would match everywhere). */
const MIN_SECRET_LENGTH = 4;

export function secretsDir(stateDir: string): string {
  return path.join(stateDir, 'secrets');
}

export class SecretRegistry {
  private readonly values = new Set<string>();
  private readonly file: string;

  constructor(stateDir: string, processId: number = process.pid) {
    const dir = secretsDir(stateDir);
    mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, `${processId}.jsonl`);
  }

  /** Records a secret (once) and returns it, so call sites can wrap the value they produce. */
  add(kind: SecretKind, value: string): string {
    if (value.length >= MIN_SECRET_LENGTH && !this.values.has(value)) {
      this.values.add(value);
      const record: SecretRecord = { kind, value };
      appendFileSync(this.file, `${JSON.stringify(record)}\n`, { mode: 0o600 });
    }
    return value;
  }

  redact(text: string): string {
    return redact(text, [...this.values]);
  }
}

/** Replaces every occurrence of each secret (longest first, so overlapping values fully vanish). */
export function redact(text: string, secrets: Iterable<string>): string {
  const ordered = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  return ordered.reduce((result, secret) => result.split(secret).join('[redacted]'), text);
}

/** Every secret any worker of any run recorded under `stateDir` (for the artifact scan). */
export function readRegisteredSecrets(stateDir: string): SecretRecord[] {
  const dir = secretsDir(stateDir);
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.flatMap((name) =>
    readFileSync(path.join(dir, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SecretRecord),
  );
}

/** Starts a run with an empty registry (called from the global setup). */
export function clearRegisteredSecrets(stateDir: string): void {
  rmSync(secretsDir(stateDir), { recursive: true, force: true });
}
