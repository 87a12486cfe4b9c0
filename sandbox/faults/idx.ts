/**
 * Slow IDX answers for one user: every IDX call of a transaction whose user (or typed identifier)
 * is the rule's key answers `delaySeconds` late, as an overloaded org would. The suite's steps wait
 * on the page with their own named expectations, so a few seconds must not turn into a FAIL.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { RequestContext, Route } from '../lib/http.ts';
import type { IdxDeps } from '../org/idx/deps.ts';
import type { FaultBook } from './book.ts';

function keysOf(ctx: RequestContext, deps: IdxDeps): string[] {
  const body = (ctx.body ?? {}) as { stateHandle?: unknown; identifier?: unknown };
  const tx = deps.transactions.byStateHandle(body.stateHandle);
  const user = tx?.userId ? deps.dir.user(tx.userId) : undefined;
  return [typeof body.identifier === 'string' ? body.identifier : undefined, user?.id, user?.login].filter((k): k is string => Boolean(k));
}

export function withSlowIdx(routes: Route[], deps: IdxDeps, faults: FaultBook | undefined): Route[] {
  if (!faults) return routes;
  return routes.map((route) => ({
    ...route,
    async handler(ctx: RequestContext) {
      const rule = faults.take(['idx-slow'], keysOf(ctx, deps));
      if (rule) await delay(rule.delaySeconds * 1000);
      return route.handler(ctx);
    },
  }));
}
