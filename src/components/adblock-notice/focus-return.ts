/**
 * Where focus goes back to when the notice closes under the reader's focus: the element they came
 * from (remembered on the way in, or when the dialog opens), if it is still on the page.
 */

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** Remembers one element to hand focus back to. */
export class FocusReturn {
  private target: HTMLElement | undefined;

  constructor(private readonly host: HTMLElement) {}

  /** Remembers whatever has focus now (before a modal dialog takes it). */
  rememberActive(): void {
    this.target = deepActiveElement();
  }

  /** Remembers where focus came from when it enters the notice, unless something is remembered already. */
  rememberOrigin(event: FocusEvent): void {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !this.host.contains(from) && !this.host.shadowRoot?.contains(from)) {
      this.target ??= from;
    }
  }

  /** Focuses the remembered element when `focusWasInside`, then forgets it. */
  restore(focusWasInside: boolean): void {
    if (focusWasInside && this.target?.isConnected === true) this.target.focus();
    this.target = undefined;
  }
}
