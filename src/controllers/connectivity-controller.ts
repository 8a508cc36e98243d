import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the browser knows it has no network. `navigator.onLine` is only reliable when false
 * (true can mean a captive portal or a dead Wi-Fi), so it may only ever say "offline".
 */
export function isOffline(): boolean {
  return !navigator.onLine;
}

/**
 * Keeps the host up to date with the browser's connectivity: `offline` is read live, and the host
 * re-renders when the browser goes offline or comes back (and when it is added to the page, as it
 * may have been away while that happened).
 */
export class ConnectivityController implements ReactiveController {
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Whether the browser reports no network right now. */
  get offline(): boolean {
    return isOffline();
  }

  hostConnected(): void {
    window.addEventListener('online', this);
    window.addEventListener('offline', this);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this);
    window.removeEventListener('offline', this);
  }

  /** The `online` and `offline` events (the controller is its own listener). */
  handleEvent(): void {
    this.host.requestUpdate();
  }
}
