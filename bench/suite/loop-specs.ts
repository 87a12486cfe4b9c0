/**
 * The suite's own spec, run several times in ONE worker. `--repeat-each` cannot do that: the
 * repeat index is part of a worker's identity, so each repetition gets a new worker and pays a
 * worker start and a browser launch that the bare flows' loop pays once. Instead, the spec is
 * copied N times into `.cache/bench/loop` (its relative imports made absolute, nothing else
 * changed) and `loop.config.ts` runs the copies with one worker: the same test, the same fixtures,
 * the same worker, one test after another.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';

export const LOOP_SPEC_DIR = path.join(PROJECT_ROOT, '.cache', 'bench', 'loop');

/** Writes `copies` copies of `spec` (a path relative to the project) and returns their folder. */
export function writeLoopSpecs(spec: string, copies: number): string {
  const source = path.join(PROJECT_ROOT, spec);
  const text = fs.readFileSync(source, 'utf8').replace(/(from\s+)(['"])(\.{1,2}\/[^'"]+)\2/g, (_all, from: string, quote: string, specifier: string) =>
    `${from}${quote}${path.resolve(path.dirname(source), specifier)}${quote}`);
  fs.rmSync(LOOP_SPEC_DIR, { recursive: true, force: true });
  fs.mkdirSync(LOOP_SPEC_DIR, { recursive: true });
  const base = path.basename(spec, '.spec.ts');
  // Zero-padded, so one worker takes them in the order written.
  for (let i = 1; i <= copies; i++) fs.writeFileSync(path.join(LOOP_SPEC_DIR, `${base}-${String(i).padStart(3, '0')}.spec.ts`), text);
  return LOOP_SPEC_DIR;
}
