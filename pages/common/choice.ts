/**
 * A choice among named options in whatever shape the app gives it: radios (then a submit button),
 * one `<select>` (then a submit button), or a button or link per option (which submits itself).
 * The guides prescribe the choice, not its markup.
 */
import type { Locator } from '@playwright/test';

/** Picks `name`; `submit` is clicked when the choice itself does not submit. */
export async function chooseOption(choice: Locator, name: string, submit: () => Promise<void>): Promise<void> {
  const shape = await choice.evaluate((element) => ({ tag: element.tagName, type: (element as HTMLInputElement).type }));
  if (shape.tag === 'SELECT') {
    await choice.selectOption({ label: name });
    await submit();
  } else if (shape.type === 'radio' || shape.type === 'checkbox') {
    await choice.check();
    await submit();
  } else {
    await choice.click();
  }
}

/** The names of every option offered, whatever their shape (a `<select>`'s empty placeholder is not one). */
export async function optionNames(choices: Locator): Promise<string[]> {
  const names = await choices.evaluateAll((elements) =>
    elements.flatMap((element) => {
      if (element instanceof HTMLSelectElement) {
        return [...element.options].filter((option) => option.value !== '').map((option) => option.label);
      }
      if (element instanceof HTMLInputElement) {
        return [[...(element.labels ?? [])].map((label) => label.textContent ?? '').join(' ') || element.getAttribute('aria-label') || element.value];
      }
      return [element.getAttribute('aria-label') || element.textContent || ''];
    }),
  );
  return names.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
