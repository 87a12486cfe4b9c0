/**
 * The HTML shell shared by both reference apps. Every page's `<title>` is its h1 plus the app name,
 * errors go into one `role="alert"` element and notices into `role="status"`, because the suite's
 * page objects find pages and messages by exactly these landmarks (docs/ARCHITECTURE.md).
 */
import { escapeHtml } from '../../lib/http.ts';

export interface PageOptions {
  appName: string;
  heading: string;
  /** Already-escaped HTML for the body of `<main>`, below the h1 and the messages. */
  body: string;
  errors?: string[];
  notices?: string[];
  /** Extra already-escaped markup for `<head>` (stylesheets, data blocks). */
  head?: string;
  /** Script URLs loaded at the end of the body (same origin only). */
  scripts?: string[];
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1d1d21; background: #f4f4f6; }
  header, main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  header { display: flex; justify-content: space-between; align-items: center; }
  main { background: #fff; border-radius: 6px; }
  .skip { position: absolute; left: -999px; }
  .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
  label { display: block; margin-top: .8rem; font-weight: 600; }
  input[type=text], input[type=password], input[type=tel] { width: 100%; padding: .5rem; box-sizing: border-box; }
  .hint { color: #555; font-size: .9rem; }
  .actions { margin-top: 1rem; display: flex; gap: .5rem; flex-wrap: wrap; }
  button, .button { padding: .5rem 1rem; }
  [role=alert] { border-left: 4px solid #c00; background: #fdecec; padding: .5rem 1rem; }
  [role=status] { border-left: 4px solid #06c; background: #eaf2fc; padding: .5rem 1rem; }
  table { border-collapse: collapse; margin-top: 1rem; }
  th, td { text-align: left; padding: .3rem 1rem .3rem 0; border-bottom: 1px solid #ddd; }
  fieldset { border: 0; padding: 0; }`;

export function renderPage(options: PageOptions): string {
  const title = `${escapeHtml(options.heading)} - ${escapeHtml(options.appName)}`;
  const scripts = (options.scripts ?? []).map((src) => `<script src="${escapeHtml(src)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
${options.head ?? ''}
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><a href="/">${escapeHtml(options.appName)}</a></header>
<main id="main">
<h1>${escapeHtml(options.heading)}</h1>
${messageBlock('alert', options.errors)}
${messageBlock('status', options.notices)}
${options.body}
</main>
${scripts}
</body>
</html>`;
}

/** One element for all messages of a kind, so a page never shows two competing alerts. */
function messageBlock(role: 'alert' | 'status', messages: string[] = []): string {
  if (messages.length === 0) return '';
  if (messages.length === 1) return `<div role="${role}">${escapeHtml(messages[0])}</div>`;
  const items = messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('');
  return `<div role="${role}"><ul>${items}</ul></div>`;
}

/** The claims table both apps show on their profile page (rows named as in the markup contract). */
export interface ProfileClaims {
  name?: string;
  email?: string;
  preferred_username?: string;
  sub?: string;
}

export function claimsTable(claims: ProfileClaims): string {
  const rows: Array<[string, keyof ProfileClaims]> = [
    ['Name', 'name'],
    ['Email', 'email'],
    ['Username', 'preferred_username'],
    ['Subject', 'sub'],
  ];
  // data-claim lets the widget app's profile script fill the same table in the browser.
  const body = rows
    .map(([label, claim]) => `<tr><th scope="row">${label}</th><td data-claim="${claim}">${escapeHtml(claims[claim] ?? '')}</td></tr>`)
    .join('\n');
  return `<table aria-label="Profile claims">\n<tbody>\n${body}\n</tbody>\n</table>`;
}
