/**
 * The first node in `host`'s shadow root that matches `selector`, or `null` (no shadow root yet,
 * or nothing rendered there). One small function instead of Lit's `@query` decorator, which costs
 * more bytes than the few lookups an element makes.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type, as with querySelector
export function shadowQuery<T extends Element>(host: HTMLElement, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}
