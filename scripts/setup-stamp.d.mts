export interface SetupStamp {
  version: number;
  uid: number;
  names: string[];
  settings: string;
  watched: Record<string, string>;
  summary: string;
}

export function stampFile(root: string): string;
export function makeStamp(input: { root: string; names: readonly string[]; watched: readonly string[]; summary: string; env?: Record<string, string | undefined> }): SetupStamp;
export function writeStamp(root: string, stamp: SetupStamp): void;
export function unchangedSince(root: string, env?: Record<string, string | undefined>): string | undefined;
export function forgetStamp(root: string): void;
