/**
 * The DOM helpers every element test uses: what a reader sees inside a widget's shadow root.
 * One module, so no test file grows its own copy (docs/architecture.md, Tests).
 */

/** The element's open shadow root; a test of a rendered widget may assume it exists. */
export function shadow(el: Element): ShadowRoot {
  if (el.shadowRoot === null) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/** The first node in the shadow root whose `part` list names `name`, or null. */
export function part(el: Element, name: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Every node in the shadow root whose `part` list names `name`. */
export function parts(el: Element, name: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** A node's text as a reader sees it: white space folded, ends trimmed ('' for no node). */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the part `name` of `el` ('' when there is no such part). */
export function partText(el: Element, name: string): string {
  return text(part(el, name));
}
