/**
 * `POST /sandbox/faults`: a test adds a fault keyed to what it owns (its user's address, number,
 * id or login) while the sandbox runs. Sandbox-only, like its inbox page: the project's own checks
 * use it; the suite never does (it cannot tell the sandbox from a live org).
 */
import { sendJson, type RequestContext, type Route } from '../lib/http.ts';
import { FaultRuleSchema, type FaultBook } from './book.ts';

export function faultRoutes(book: FaultBook, apiToken: string): Route[] {
  return [
    {
      method: 'POST',
      path: '/sandbox/faults',
      handler(ctx: RequestContext) {
        if (String(ctx.req.headers.authorization ?? '').trim() !== `SSWS ${apiToken}`) {
          return sendJson(ctx.res, 401, { error: 'Send "Authorization: SSWS <OKTA_API_TOKEN>" to add a fault.' });
        }
        const rule = FaultRuleSchema.safeParse(ctx.body);
        if (!rule.success || !rule.data.key) {
          const problems = rule.success ? ['key: a fault added at run time must name the recipient, user id or login it is for'] : rule.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
          return sendJson(ctx.res, 400, { error: 'Invalid fault', problems });
        }
        book.add(rule.data);
        return sendJson(ctx.res, 201, rule.data);
      },
    },
  ];
}
