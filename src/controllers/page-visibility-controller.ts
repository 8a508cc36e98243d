import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is visible (`document.visibilityState`), with a call on every change while the
 * host is connected: a background tab counts no viewable impression and needs no refresh.
 */
export class PageVisibilityController implements ReactiveController {
  private readonly onChange: (visible: boolean) => void;

  /** @param onChange called with the new visibility whenever the tab is hidden or shown again */
  constructor(host: ReactiveControllerHost, onChange: (visible: boolean) => void) {
    this.onChange = onChange;
    host.addController(this);
  }

  /** Whether the document is visible right now. */
  get visible(): boolean {
    return document.visibilityState === 'visible';
  }

  hostConnected(): void {
    // The controller is its own listener (`handleEvent`): no bound function to keep.
    document.addEventListener('visibilitychange', this);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this);
  }

  /** The `visibilitychange` listener. */
  handleEvent(): void {
    this.onChange(this.visible);
  }
}
