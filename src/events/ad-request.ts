import { SabbaEvent } from './sabba-event.js';

/** Detail of {@link SabbaAdRequestEvent}. */
export interface SabbaAdRequestDetail {
  /** The provider asked (`gpt`, `adsense`, `html` or a registered name). */
  readonly provider: string;
  /** Whether this request replaces a shown creative (a refresh) rather than filling the slot. */
  readonly refresh: boolean;
}

/** `sabba-ad-request`: the slot came near the viewport (or its refresh time came) and asks its provider for an ad. */
export class SabbaAdRequestEvent extends SabbaEvent<SabbaAdRequestDetail> {
  static readonly type = 'sabba-ad-request';

  constructor(detail: SabbaAdRequestDetail) {
    super(SabbaAdRequestEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-ad-request': SabbaAdRequestEvent;
  }
}
