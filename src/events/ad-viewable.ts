import { SabbaEvent } from './sabba-event.js';

/** Detail of {@link SabbaAdViewableEvent}. */
export interface SabbaAdViewableDetail {
  /** Which refresh the impression belongs to (0 for the first creative). */
  readonly impression: number;
}

/**
 * `sabba-ad-viewable`: the creative met the MRC display rule (≥ 50 % of its pixels, 30 % for ads
 * of ≥ 242,500 px, in view for one continuous second in a visible tab). Once per impression.
 */
export class SabbaAdViewableEvent extends SabbaEvent<SabbaAdViewableDetail> {
  static readonly type = 'sabba-ad-viewable';

  constructor(detail: SabbaAdViewableDetail) {
    super(SabbaAdViewableEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-ad-viewable': SabbaAdViewableEvent;
  }
}
