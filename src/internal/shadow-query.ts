/**
 * The one way an element finds a node it rendered in its own shadow root: cheaper in bytes than a
 * `@query` getter per node, and `null` before the first render or when the node is not rendered.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the node's type, as with querySelector<T>()
export function shadowQuery<T extends Element>(host: HTMLElement, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}
