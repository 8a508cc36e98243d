import { SabbaEvent } from './sabba-event.js';

/** Detail of {@link SabbaAdblockDismissEvent}. */
export interface AdblockDismissDetail {
  /** How many days the dismissal will be remembered (0: this page view only). */
  readonly rememberDays: number;
}

/**
 * Fired by `<sabba-adblock-notice>` when the reader closes the notice (the dismiss button, or
 * Escape in dialog mode). Cancelable: `preventDefault()` keeps the notice open.
 */
export class SabbaAdblockDismissEvent extends SabbaEvent<AdblockDismissDetail> {
  /** The event's type. */
  static readonly eventName = 'sabba-adblock-dismiss';

  constructor(detail: AdblockDismissDetail) {
    super(SabbaAdblockDismissEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-adblock-dismiss': SabbaAdblockDismissEvent;
  }
}
