/**
 * Okta's SCIM-like expressions (`profile.login sw "e2e-" and status eq "ACTIVE"`), used by the
 * users `search`/`filter` parameters and the System Log `filter`. Attribute names are
 * case-sensitive; operators, keywords and string values are not. An attribute that resolves to an
 * array (a log event's `target.id`) matches when any element does.
 */
import { OrgApiError } from './errors.ts';

export type Operator = 'eq' | 'ne' | 'sw' | 'co' | 'gt' | 'ge' | 'lt' | 'le' | 'pr';
type Value = string | number | boolean | null;

export type Expression =
  | { kind: 'and' | 'or'; left: Expression; right: Expression }
  | { kind: 'compare'; attribute: string; operator: Operator; value: Value };

const OPERATORS = new Set<Operator>(['eq', 'ne', 'sw', 'co', 'gt', 'ge', 'lt', 'le', 'pr']);
const TOKEN = /\s*(?:(\()|(\))|("(?:[^"\\]|\\.)*")|([^\s()"]+))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(start).trim() === '') break;
      throw invalid(text, `unexpected text at position ${start}`);
    }
    tokens.push(m[0].trim());
  }
  return tokens.filter((t) => t !== '');
}

function invalid(text: string, why: string): OrgApiError {
  return new OrgApiError(400, 'E0000031', 'Invalid search criteria.', [`Could not parse '${text}': ${why}.`]);
}

/** Parse an expression; `allowed` limits the operators (the users `filter` allows fewer than `search`). */
export function parseExpression(text: string, allowed: Operator[] = [...OPERATORS]): Expression {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i]?.toLowerCase();
  const next = () => tokens[i++];

  const parseValue = (): Value => {
    const token = next();
    if (token === undefined) throw invalid(text, 'a value is missing');
    if (token.startsWith('"')) return JSON.parse(token) as string;
    const lower = token.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
    if (lower === 'null') return null;
    if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
    throw invalid(text, `the value ${token} must be quoted`);
  };
  const parsePrimary = (): Expression => {
    if (peek() === '(') {
      next();
      const inner = parseOr();
      if (next() !== ')') throw invalid(text, 'a closing parenthesis is missing');
      return inner;
    }
    const attribute = next();
    const operator = next()?.toLowerCase() as Operator | undefined;
    if (!attribute || !operator) throw invalid(text, 'expected <attribute> <operator> <value>');
    if (!OPERATORS.has(operator)) throw invalid(text, `unknown operator "${operator}"`);
    if (!allowed.includes(operator)) throw invalid(text, `operator "${operator}" is not supported here (use ${allowed.join(', ')})`);
    return { kind: 'compare', attribute, operator, value: operator === 'pr' ? null : parseValue() };
  };
  const parseAnd = (): Expression => {
    let left = parsePrimary();
    while (peek() === 'and') {
      next();
      left = { kind: 'and', left, right: parsePrimary() };
    }
    return left;
  };
  const parseOr = (): Expression => {
    let left = parseAnd();
    while (peek() === 'or') {
      next();
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };

  if (tokens.length === 0) throw invalid(text, 'the expression is empty');
  const expression = parseOr();
  if (i < tokens.length) throw invalid(text, `unexpected "${tokens[i]}"`);
  return expression;
}

/** Read a dotted attribute path; arrays along the way are flattened. */
export function resolvePath(subject: unknown, path: string): unknown[] {
  let current: unknown[] = [subject];
  for (const part of path.split('.')) {
    current = current.flatMap((value) => {
      const inner = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      return Array.isArray(inner) ? inner : [inner];
    });
  }
  return current.filter((v) => v !== undefined);
}

function compareOne(actual: unknown, operator: Operator, expected: Value): boolean {
  if (operator === 'pr') return actual !== null && actual !== undefined && actual !== '';
  if (actual === null || actual === undefined) return operator === 'eq' ? expected === null : operator === 'ne' && expected !== null;
  const a = typeof actual === 'string' ? actual.toLowerCase() : actual;
  const e = typeof expected === 'string' ? expected.toLowerCase() : expected;
  switch (operator) {
    case 'eq': return a === e;
    case 'ne': return a !== e;
    case 'sw': return typeof a === 'string' && typeof e === 'string' && a.startsWith(e);
    case 'co': return typeof a === 'string' && typeof e === 'string' && a.includes(e);
    case 'gt': return e !== null && (a as string | number) > e;
    case 'ge': return e !== null && (a as string | number) >= e;
    case 'lt': return e !== null && (a as string | number) < e;
    case 'le': return e !== null && (a as string | number) <= e;
  }
}

export function evaluate(expression: Expression, subject: unknown, resolve: (subject: unknown, attribute: string) => unknown[] = resolvePath): boolean {
  if (expression.kind !== 'compare') {
    const left = evaluate(expression.left, subject, resolve);
    return expression.kind === 'and' ? left && evaluate(expression.right, subject, resolve) : left || evaluate(expression.right, subject, resolve);
  }
  const values = resolve(subject, expression.attribute);
  if (values.length === 0) return compareOne(undefined, expression.operator, expression.value);
  return values.some((value) => compareOne(value, expression.operator, expression.value));
}

/** Parse once, then test many subjects. */
export function compileFilter(text: string, allowed?: Operator[], resolve?: (subject: unknown, attribute: string) => unknown[]): (subject: unknown) => boolean {
  const expression = parseExpression(text, allowed);
  return (subject) => evaluate(expression, subject, resolve);
}
