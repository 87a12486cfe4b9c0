/**
 * Trusted origins, as Okta keeps them: a browser app may call the org from an origin only when an
 * ACTIVE trusted origin with the CORS scope names it, and be sent back to it only with REDIRECT.
 * Seeded from the configuration, then managed through `/api/v1/trustedOrigins`.
 */
import type { OrgConfig, TrustedOriginConfig } from '../config/index.ts';
import { OrgApiError, notFound } from './errors.ts';
import { isoTime, newId, stableId } from './ids.ts';

export type TrustedOriginScope = TrustedOriginConfig['scopes'][number];

export interface TrustedOrigin {
  id: string;
  name: string;
  /** `scheme://host[:port]`, exactly as browsers send it in the `Origin` header. */
  origin: string;
  scopes: TrustedOriginScope[];
  status: 'ACTIVE' | 'INACTIVE';
  created: string;
  lastUpdated: string;
}

export interface TrustedOriginInput {
  name: string;
  origin: string;
  scopes: TrustedOriginScope[];
}

export interface TrustedOriginStore {
  list(): TrustedOrigin[];
  get(id: string): TrustedOrigin | undefined;
  require(id: string): TrustedOrigin;
  create(input: TrustedOriginInput): TrustedOrigin;
  replace(id: string, input: TrustedOriginInput): TrustedOrigin;
  setStatus(id: string, status: TrustedOrigin['status']): TrustedOrigin;
  remove(id: string): void;
  /** True when an ACTIVE trusted origin with `scope` is exactly `origin`. */
  allows(origin: string, scope: TrustedOriginScope): boolean;
}

/** Why `value` is not a bare origin (scheme, host, optional port, nothing else), or undefined. */
export function originProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a URL; use scheme://host[:port], e.g. http://localhost:8080`;
  }
  if (!['http:', 'https:'].includes(url.protocol)) return `"${value}" must start with http:// or https://`;
  if (url.origin !== value.replace(/\/$/, '')) {
    return `"${value}" has a path, query or fragment; an origin is only scheme://host[:port] (here ${url.origin})`;
  }
  return undefined;
}

export function createTrustedOriginStore(config: OrgConfig, now: () => number): TrustedOriginStore {
  const origins = new Map<string, TrustedOrigin>();
  const stamp = () => isoTime(now());
  const require = (id: string) => {
    const found = origins.get(id);
    if (!found) throw notFound(id, 'TrustedOrigin');
    return found;
  };
  /** Okta answers every field problem of one request at once (E0000001 with one cause each). */
  const check = (input: TrustedOriginInput, exceptId?: string) => {
    const causes: string[] = [];
    if (!input.name) causes.push('name: The field cannot be left blank.');
    const problem = input.origin ? originProblem(input.origin) : 'The field cannot be left blank.';
    if (problem) causes.push(`origin: ${problem}`);
    else if ([...origins.values()].some((o) => o.id !== exceptId && o.origin === normalize(input.origin))) {
      causes.push(`origin: A trusted origin for ${normalize(input.origin)} already exists in the current organization.`);
    }
    if (input.scopes.length === 0) causes.push('scopes: Give at least one scope: CORS, REDIRECT or IFRAME_EMBED.');
    if (causes.length > 0) throw new OrgApiError(400, 'E0000001', `Api validation failed: ${causes.map((c) => c.split(':')[0]).join(', ')}`, causes);
  };
  const add = (input: TrustedOriginInput, id: string, status: TrustedOrigin['status'] = 'ACTIVE') => {
    const time = stamp();
    const record: TrustedOrigin = { id, name: input.name, origin: normalize(input.origin), scopes: [...new Set(input.scopes)], status, created: time, lastUpdated: time };
    origins.set(id, record);
    return record;
  };
  for (const o of config.trustedOrigins) add(o, stableId('tos', `origin:${o.origin}`), o.status);

  return {
    list: () => [...origins.values()],
    get: (id) => origins.get(id),
    require,
    create(input) {
      check(input);
      return add(input, newId('tos'));
    },
    replace(id, input) {
      const record = require(id);
      check(input, id);
      Object.assign(record, { name: input.name, origin: normalize(input.origin), scopes: [...new Set(input.scopes)], lastUpdated: stamp() });
      return record;
    },
    setStatus(id, status) {
      const record = require(id);
      record.status = status;
      record.lastUpdated = stamp();
      return record;
    },
    remove(id) {
      require(id);
      origins.delete(id);
    },
    allows: (origin, scope) => [...origins.values()].some((o) => o.status === 'ACTIVE' && o.origin === normalize(origin) && o.scopes.includes(scope)),
  };
}

function normalize(origin: string): string {
  return origin.replace(/\/$/, '').toLowerCase();
}
