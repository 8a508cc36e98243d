/** The events of `<sabba-adblock-notice>`. */
import { SabbaEvent } from '../../internal/sabba-event.js';
import type { AdblockVerdict } from './verdict.js';

/** Detail of {@link SabbaAdblockResultEvent}: the verdict of one check. */
export type SabbaAdblockResultDetail = AdblockVerdict;

/**
 * `sabba-adblock-result`: fired once per check (the first check and each `recheck()`), whatever
 * the outcome, so a site can count blockers without ever showing anything (`mode="silent"`).
 */
export class SabbaAdblockResultEvent extends SabbaEvent<SabbaAdblockResultDetail> {
  /** The event's type. */
  static readonly type = 'sabba-adblock-result';

  constructor(detail: SabbaAdblockResultDetail) {
    super(SabbaAdblockResultEvent.type, detail);
  }
}

/** Detail of {@link SabbaAdblockDismissEvent}. */
export interface SabbaAdblockDismissDetail {
  /** How many days the dismissal will be remembered (0: this page view only). */
  readonly rememberDays: number;
}

/**
 * `sabba-adblock-dismiss`: the reader closes the notice (the dismiss button, or Escape in dialog
 * mode). Cancelable: `preventDefault()` keeps the notice open.
 */
export class SabbaAdblockDismissEvent extends SabbaEvent<SabbaAdblockDismissDetail> {
  /** The event's type. */
  static readonly type = 'sabba-adblock-dismiss';

  constructor(detail: SabbaAdblockDismissDetail) {
    super(SabbaAdblockDismissEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-adblock-result': SabbaAdblockResultEvent;
    'sabba-adblock-dismiss': SabbaAdblockDismissEvent;
  }
}
