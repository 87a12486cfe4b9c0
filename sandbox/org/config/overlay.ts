/**
 * Overlaying an org configuration file (`npm run sandbox -- --org-config FILE`) on the defaults,
 * generically, so any field of the configuration (including ones added later) can be overlaid:
 * - objects merge key by key, recursively;
 * - lists of named things merge entry by entry: an entry whose identity (`clientId`, `id`, `key`,
 *   `origin`, or `type` + `name`) matches a default entry is merged into it, others are added;
 * - any other value, and any list of plain values, replaces the default.
 * An entry can drop a default entry of the same identity with `"$remove": true`.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What names an entry of a list (`clientId=0oa…`, `type=PASSWORD,name=Default Policy`), or undefined. */
export function identityOf(entry: unknown): string | undefined {
  if (!isObject(entry)) return undefined;
  for (const key of ['clientId', 'id', 'key', 'origin']) {
    if (typeof entry[key] === 'string') return `${key}=${entry[key]}`;
  }
  if (typeof entry.name === 'string') return typeof entry.type === 'string' ? `type=${entry.type},name=${entry.name}` : `name=${entry.name}`;
  return undefined;
}

function mergeLists(base: unknown[], overlay: unknown[]): unknown[] {
  const named = overlay.length > 0 && overlay.every((e) => identityOf(e) !== undefined) && base.every((e) => identityOf(e) !== undefined);
  if (!named) return structuredClone(overlay);
  const result = structuredClone(base);
  for (const entry of overlay as Json[]) {
    const id = identityOf(entry);
    const at = result.findIndex((e) => identityOf(e) === id);
    const { $remove, ...fields } = entry;
    if ($remove === true) {
      if (at >= 0) result.splice(at, 1);
    } else if (at >= 0) {
      result[at] = mergeConfig(result[at], fields);
    } else {
      result.push(structuredClone(fields));
    }
  }
  return result;
}

export function mergeConfig(base: unknown, overlay: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(overlay)) return mergeLists(base, overlay);
  if (isObject(base) && isObject(overlay)) {
    const result: Json = structuredClone(base);
    for (const [key, value] of Object.entries(overlay)) result[key] = key in base ? mergeConfig(base[key], value) : structuredClone(value);
    return result;
  }
  return structuredClone(overlay);
}

/** Top-level fields of `overlay` that the configuration does not have (typos, mostly). */
export function unknownTopLevelFields(overlay: unknown, known: string[]): string[] {
  return isObject(overlay) ? Object.keys(overlay).filter((k) => !known.includes(k) && k !== '$schema' && k !== '$comment') : [];
}
