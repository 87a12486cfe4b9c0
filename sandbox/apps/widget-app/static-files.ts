/**
 * Serves the Sign-In Widget's own distribution (js, css, fonts, images, labels) from node_modules,
 * and this app's small client scripts, so the widget runs fully offline: no CDN is ever contacted.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestContext, Route } from '../../lib/http.ts';
import { sendText } from '../../lib/http.ts';

/** Where the widget's assets are mounted; also the widget's `assets.baseUrl`. */
export const WIDGET_ASSETS_PATH = '/widget';

const require = createRequire(import.meta.url);
const WIDGET_DIST = path.join(path.dirname(require.resolve('@okta/okta-signin-widget/package.json')), 'dist');
const APP_STATIC = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');
const WIDGET_DIRS = new Set(['js', 'css', 'font', 'img', 'labels']);

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.properties': 'text/plain; charset=utf-8',
};

export function staticRoutes(): Route[] {
  return [
    { method: 'GET', path: `${WIDGET_ASSETS_PATH}/*`, handler: (ctx) => serveWidgetAsset(ctx) },
    { method: 'GET', path: '/static/*', handler: (ctx) => serveFrom(ctx, APP_STATIC, ctx.params.rest) },
  ];
}

function serveWidgetAsset(ctx: RequestContext): Promise<void> {
  const rest = ctx.params.rest ?? '';
  if (!WIDGET_DIRS.has(rest.split('/')[0])) {
    sendText(ctx.res, 404, `Not a Sign-In Widget asset: ${ctx.url.pathname}. Served folders: ${[...WIDGET_DIRS].join(', ')}.`);
    return Promise.resolve();
  }
  return serveFrom(ctx, WIDGET_DIST, rest);
}

async function serveFrom(ctx: RequestContext, root: string, relative = ''): Promise<void> {
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) {
    return sendText(ctx.res, 404, `Refusing a path outside the static folder: ${ctx.url.pathname}`);
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return sendText(ctx.res, 404, `No such file: ${ctx.url.pathname}`);
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  ctx.res.writeHead(200, { 'Content-Type': type, 'Content-Length': content.length, 'Cache-Control': 'max-age=3600' });
  ctx.res.end(content);
}
