import { SabbaEvent } from './sabba-event.js';
import type { AdblockVerdict } from '../components/adblock-notice/verdict.js';

/**
 * Fired by `<sabba-adblock-notice>` once per check (the first check and each `recheck()`), whatever
 * the outcome, so a site can count blockers without ever showing anything (`mode="silent"`).
 */
export class SabbaAdblockResultEvent extends SabbaEvent<AdblockVerdict> {
  /** The event's type. */
  static readonly eventName = 'sabba-adblock-result';

  constructor(verdict: AdblockVerdict) {
    super(SabbaAdblockResultEvent.eventName, verdict);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-adblock-result': SabbaAdblockResultEvent;
  }
}
