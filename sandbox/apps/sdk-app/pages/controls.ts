/** Form controls with real labels, shared by the SDK app's pages. */
import { escapeHtml } from '../../../lib/http.ts';

export interface FieldOptions {
  name: string;
  label: string;
  type?: 'text' | 'password' | 'tel';
  autocomplete?: string;
  hint?: string;
  value?: string;
  inputmode?: string;
  /** false: no <label>, only a caption beside the input (the variant look; reachable by CSS only). */
  labelled?: boolean;
}

export function field(options: FieldOptions): string {
  const id = `field-${options.name}`;
  const hintId = `${id}-hint`;
  const attrs = [
    `id="${id}"`,
    `name="${escapeHtml(options.name)}"`,
    `type="${options.type ?? 'text'}"`,
    options.autocomplete ? `autocomplete="${escapeHtml(options.autocomplete)}"` : '',
    options.inputmode ? `inputmode="${escapeHtml(options.inputmode)}"` : '',
    options.value ? `value="${escapeHtml(options.value)}"` : '',
    options.hint ? `aria-describedby="${hintId}"` : '',
  ].filter(Boolean);
  const hint = options.hint ? `<p class="hint" id="${hintId}">${escapeHtml(options.hint)}</p>` : '';
  if (options.labelled === false) return `<div class="caption">${escapeHtml(options.label)}</div>\n${hint}\n<input ${attrs.join(' ')}>`;
  return `<label for="${id}">${escapeHtml(options.label)}</label>\n${hint}\n<input ${attrs.join(' ')}>`;
}

/** A form posting to `action` with the given fields and one submit button. */
export function form(action: string, submitLabel: string, content: string): string {
  return `<form method="post" action="${escapeHtml(action)}">
${content}
<div class="actions"><button type="submit">${escapeHtml(submitLabel)}</button></div>
</form>`;
}

/** A one-button form; used for Cancel, Resend code and Sign out, which post without fields. */
export function buttonForm(action: string, label: string): string {
  return `<form method="post" action="${escapeHtml(action)}" class="actions"><button type="submit">${escapeHtml(label)}</button></form>`;
}

export function cancelButton(label = 'Cancel'): string {
  return buttonForm('/cancel', label);
}
