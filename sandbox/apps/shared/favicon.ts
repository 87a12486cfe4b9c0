/** Browsers ask every page's origin for a favicon; answering keeps the loud unknown-route log for real misses. */
import { sendEmpty, type Route } from '../../lib/http.ts';

export const faviconRoute: Route = { method: 'GET', path: '/favicon.ico', handler: (ctx) => sendEmpty(ctx.res, 204) };
