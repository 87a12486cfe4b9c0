/**
 * Building blocks of IDX bodies: form fields, remediations and nested actions, in the shapes the
 * real clients parse (idx-protocol.md §4.2–4.4). Every remediation and action carries `rel` and an
 * immutable `stateHandle` field, without which auth-js cannot submit it.
 */
import type { IdxMessage } from './messages.ts';

export const ION_JSON = 'application/ion+json; okta-version=1.0.0';
export const ACCEPTS = 'application/json; okta-version=1.0.0';

export interface Field {
  name: string;
  label?: string;
  type?: string;
  required?: boolean;
  secret?: boolean;
  visible?: boolean;
  mutable?: boolean;
  value?: unknown;
  options?: unknown[];
  form?: { value: Field[] };
  messages?: { type: 'array'; value: IdxMessage[] };
}

export interface Remediation {
  rel: ['create-form'];
  name: string;
  relatesTo?: string[];
  href: string;
  method: 'POST';
  produces: string;
  accepts: string;
  refresh?: number;
  value: Field[];
}

export function stateHandleField(stateHandle: string): Field {
  return { name: 'stateHandle', required: true, value: stateHandle, visible: false, mutable: false };
}

export interface FormSpec {
  origin: string;
  stateHandle: string;
  name: string;
  /** Path under the org, e.g. `/idp/idx/identify`. */
  path: string;
  fields?: Field[];
  relatesTo?: string;
  refresh?: number;
}

export function remediation(spec: FormSpec): Remediation {
  return {
    rel: ['create-form'],
    name: spec.name,
    ...(spec.relatesTo ? { relatesTo: [spec.relatesTo] } : {}),
    href: `${spec.origin}${spec.path}`,
    method: 'POST',
    produces: ION_JSON,
    accepts: ACCEPTS,
    ...(spec.refresh ? { refresh: spec.refresh } : {}),
    value: [...(spec.fields ?? []), stateHandleField(spec.stateHandle)],
  };
}

/** A passcode field wrapped in `credentials`, as code, password and reset forms use it. */
export function credentialsField(label: string, secret = false): Field {
  return {
    name: 'credentials',
    type: 'object',
    required: true,
    form: { value: [{ name: 'passcode', label, ...(secret ? { secret: true } : {}) }] },
  };
}

/** An immutable form value: sent back verbatim by both auth-js and the widget. */
export function fixedField(name: string, value: string, required = true): Field {
  return { name, required, value, mutable: false };
}
