/** Wrong codes for negative paths: guaranteed to differ from the real one in every digit. */
export function wrongCodeFor(code: string): string {
  return code.replace(/[0-9]/g, (digit) => String((Number(digit) + 5) % 10));
}
