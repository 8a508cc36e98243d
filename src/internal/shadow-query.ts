/**
 * The one way an element finds a node of its own shadow root (cheaper in bytes than `@query`):
 * the first match of `selector`, or null before the first render.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the node's type, as with querySelector<T>
export function shadowQuery<T extends Element>(host: HTMLElement, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}
