/** GET /select-method/:key — the IDX method step, shown by the variant look: one button per method. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import type { MethodOption } from '../step-view.ts';
import { cancelButton } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function methodPage(look: SdkAppLook, action: string, methods: MethodOption[], messages: PageMessages): string {
  const buttons = methods
    .map((m) => `<button type="submit" name="methodType" value="${escapeHtml(m.value)}">${escapeHtml(m.label)}</button>`)
    .join('\n');
  return renderPage({
    appName: look.appName,
    heading: look.words.method.heading,
    ...messages,
    body: `<form method="post" action="${escapeHtml(action)}" class="actions">\n${buttons}\n</form>\n${cancelButton(look.words.cancel)}`,
  });
}
