/**
 * Console warnings for site builders. A misconfigured widget (a bad URL, an unknown enum value, a
 * second copy of the bundle) must never throw on a news page, but the person who wrote the tag
 * should learn why it fell back. Each distinct message is printed once per page, so a widget in a
 * re-rendering app cannot flood the console.
 */
const printed = new Set<string>();

/** Prints `message` once per page as a `[sabba]` console warning. */
export function warnOnce(message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(`[sabba] ${message}`);
}

/** Shortens a value for a warning so that a 100,000-character attribute stays readable. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
