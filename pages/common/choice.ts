/**
 * A choice among named options in whatever shape the app gives it: radios (then a submit button),
 * one `<select>` (then a submit button), or a button or link per option (which submits itself).
 * The guides prescribe the choice, not its markup.
 *
 * Shapes and names are read from each element's ARIA snapshot, which Playwright computes in its
 * own isolated world: a locator's `evaluate` would make the page compile a second copy of
 * Playwright's injected script first (~30 ms per page on the bench machine, on every list).
 * Only a `<select>` is read by `evaluate`, for its options' values (a placeholder has none).
 */
import type { Locator } from '@playwright/test';

interface Shape {
  /** The ARIA role: `radio`, `checkbox`, `combobox`/`listbox` for a `<select>`, `button`, `link`... */
  role: string;
  /** The accessible name, '' when it has none. */
  name: string;
}

const isSelect = (shape: Shape) => shape.role === 'combobox' || shape.role === 'listbox';

/** The role and name an element's ARIA snapshot starts with (`- radio "Phone"`). */
async function shapeOf(element: Locator): Promise<Shape> {
  const first = (await element.ariaSnapshot()).split('\n', 1)[0] ?? '';
  const match = /^- ([\w-]+)(?: ("(?:[^"\\]|\\.)*"))?/.exec(first);
  return { role: match?.[1] ?? '', name: match?.[2] ? (JSON.parse(match[2]) as string) : '' };
}

/** Picks `name`; `submit` is clicked when the choice itself does not submit. */
export async function chooseOption(choice: Locator, name: string, submit: () => Promise<void>): Promise<void> {
  const shape = await shapeOf(choice);
  if (isSelect(shape)) {
    await choice.selectOption({ label: name });
    await submit();
  } else if (shape.role === 'radio' || shape.role === 'checkbox') {
    await choice.check();
    await submit();
  } else {
    await choice.click();
  }
}

/** The labels of a `<select>`'s options, without its empty placeholder. */
function selectOptions(select: Locator): Promise<string[]> {
  return select.evaluate((element) =>
    element instanceof HTMLSelectElement ? [...element.options].filter((option) => option.value !== '').map((option) => option.label) : [],
  );
}

/** The name of one option: its accessible name, else its text, else (an unlabelled input) its value. */
async function nameOf(element: Locator, shape: Shape): Promise<string[]> {
  if (isSelect(shape)) return selectOptions(element);
  if (shape.name) return [shape.name];
  return [(await element.textContent()) || (await element.getAttribute('value')) || ''];
}

/** The names of every option offered, whatever their shape, in page order. */
export async function optionNames(choices: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const element of await choices.all()) names.push(...(await nameOf(element, await shapeOf(element))));
  return names.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
