/**
 * The switches a running org or app reads: the `defects` list of the org configuration, checked
 * against the catalog so a misspelt id fails at start instead of seeding nothing.
 */
import { DEFECTS, findDefect, type DefectId, type DefectLayer } from './catalog.ts';
import type { OrgConfig } from '../org/config/schema.ts';

export class Defects {
  private readonly on: ReadonlySet<string>;

  constructor(ids: readonly string[] = []) {
    const unknown = ids.filter((id) => !findDefect(id));
    if (unknown.length > 0) {
      throw new Error(
        `Unknown defect${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} in the org configuration's "defects". ` +
          `Known: ${DEFECTS.map((d) => d.id).join(', ')}.`,
      );
    }
    this.on = new Set(ids);
  }

  has(id: DefectId): boolean {
    return this.on.has(id);
  }

  /** The ids of one layer, e.g. to hand an app only its own switches. */
  ofLayer(layer: DefectLayer): string[] {
    return [...this.on].filter((id) => findDefect(id)?.layer === layer);
  }

  get ids(): string[] {
    return [...this.on];
  }
}

export const NO_DEFECTS = new Defects();

/**
 * The configuration as the org runs it: the org defects that are misconfigurations change the
 * copy they are given; the others are read by the code they affect through `Defects.has`.
 */
export function withDefectsConfigured(config: OrgConfig): OrgConfig {
  const defects = new Defects(config.defects);
  if (defects.ids.length === 0) return config;
  const copy = structuredClone(config);
  for (const id of defects.ids) findDefect(id)?.configure?.(copy);
  return copy;
}
