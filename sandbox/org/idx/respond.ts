/**
 * How IDX handlers answer: every body is `application/ion+json; okta-version=1.0.0`; errors are
 * full IDX states (or terminal bodies) with a non-2xx status, never OAuth-style `error` members,
 * which auth-js would turn into exceptions the IDX code does not catch.
 */
import { sendJson, type Handler, type RequestContext } from '../../lib/http.ts';
import type { IdxDeps } from './deps.ts';
import { ION_JSON } from './form.ts';
import { MESSAGES, type IdxMessage } from './messages.ts';
import { renderState, terminalBody, type IdxBody } from './render.ts';
import type { Step, Transaction } from './transaction.ts';

export function sendIdx(ctx: RequestContext, status: number, body: IdxBody): void {
  sendJson(ctx.res, status, body, { 'Cache-Control': 'no-store' }, ION_JSON);
}

export function stateBody(ctx: RequestContext, deps: IdxDeps, tx: Transaction, messages: IdxMessage[] = []): IdxBody {
  return renderState({ origin: ctx.origin, dir: deps.dir, tx }, messages);
}

export function replyState(ctx: RequestContext, deps: IdxDeps, tx: Transaction, status = 200, messages: IdxMessage[] = []): void {
  sendIdx(ctx, status, stateBody(ctx, deps, tx, messages));
}

export function replyExpired(ctx: RequestContext): void {
  sendIdx(ctx, 401, terminalBody([MESSAGES.sessionExpired()]));
}

export function bodyOf(ctx: RequestContext): Record<string, unknown> {
  return ctx.body && typeof ctx.body === 'object' ? (ctx.body as Record<string, unknown>) : {};
}

export type StateHandler = (ctx: RequestContext, tx: Transaction, body: Record<string, unknown>) => unknown;

/**
 * Resolves the transaction from the body's `stateHandle` (401 "session expired" when unknown,
 * expired or already exchanged) and refuses requests the current step does not offer.
 */
export function withState(deps: IdxDeps, steps: Step[] | 'any', handler: StateHandler): Handler {
  return (ctx) => {
    const body = bodyOf(ctx);
    const tx = deps.transactions.byStateHandle(body.stateHandle);
    if (!tx || tx.redeemed) return replyExpired(ctx);
    if (steps !== 'any' && !steps.includes(tx.step)) {
      return replyState(ctx, deps, tx, 400, [MESSAGES.outOfOrder(`${ctx.url.pathname} while at ${tx.step}`)]);
    }
    return handler(ctx, tx, body);
  };
}

export function objectField(body: Record<string, unknown>, name: string): Record<string, unknown> {
  const value = body[name];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}
