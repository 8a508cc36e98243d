import { SabbaEvent } from './sabba-event.js';

/** Detail of {@link SabbaAdErrorEvent}. */
export interface SabbaAdErrorDetail {
  /**
   * `blocked`: the provider's request never reached a server (blocker extension or DNS blocker);
   * `timeout`: no answer in time; `error`: the server or the script failed, or the slot is misconfigured.
   */
  readonly reason: 'blocked' | 'timeout' | 'error';
}

/** `sabba-ad-error`: the slot could not get an ad; it keeps its placeholder and the page goes on. */
export class SabbaAdErrorEvent extends SabbaEvent<SabbaAdErrorDetail> {
  static readonly type = 'sabba-ad-error';

  constructor(detail: SabbaAdErrorDetail) {
    super(SabbaAdErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-ad-error': SabbaAdErrorEvent;
  }
}
