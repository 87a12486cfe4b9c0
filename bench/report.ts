/**
 * The JSON report: results plus the facts about the machine and the run without which two reports
 * cannot be compared (a p95 from a 2-core CI box is not a regression against a 16-core laptop).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './options.ts';
import type { ScenarioResult } from './result.ts';

export interface MachineFacts {
  node: string;
  platform: string;
  arch: string;
  cpus: { count: number; model: string };
  memoryGiB: number;
  loadAverage: number[];
}

export interface BenchReport {
  date: string;
  machine: MachineFacts;
  /** Short commit of the work tree, when git can tell (uncommitted changes are not reflected). */
  commit?: string;
  options: Pick<BenchOptions, 'iterations' | 'concurrency' | 'warmup' | 'deadlineSeconds' | 'only'>;
  results: ScenarioResult[];
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: os.platform(),
    arch: os.arch(),
    cpus: { count: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown' },
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** A warning when other work competes for the CPUs, so a slow run is not read as a regression. */
export function busyWarning(facts: Pick<MachineFacts, 'cpus' | 'loadAverage'>): string | undefined {
  const load = facts.loadAverage[0] ?? 0;
  if (load <= facts.cpus.count) return undefined;
  return `load average ${load} on ${facts.cpus.count} CPU(s): other work competes with the benchmark; compare only runs made on a quiet machine`;
}

function currentCommit(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

export function buildReport(options: BenchOptions, results: ScenarioResult[], cwd = process.cwd()): BenchReport {
  const { iterations, concurrency, warmup, deadlineSeconds, only } = options;
  return {
    date: new Date().toISOString(),
    machine: machineFacts(),
    commit: currentCommit(cwd),
    options: { iterations, concurrency, warmup, deadlineSeconds, only },
    results,
  };
}

export function writeReport(file: string, report: BenchReport): string {
  const absolute = path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, `${JSON.stringify(report, null, 2)}\n`);
  return absolute;
}
