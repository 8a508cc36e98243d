/** The event of `<sabba-back-to-top>`. */
import { SabbaEvent } from '../../internal/sabba-event.js';

/** Detail of {@link SabbaBackToTopEvent}: the jump that is about to happen. */
export interface SabbaBackToTopDetail {
  /** The element that will receive focus after scrolling (`focus-target` or the default). */
  readonly focusTarget: HTMLElement;
  /** `instant` when the reader prefers reduced motion, else `smooth`. */
  readonly behavior: 'smooth' | 'instant';
}

/**
 * `sabba-back-to-top`: the reader activated the button; nothing has scrolled yet. Cancelable:
 * call `preventDefault()` to scroll and move focus yourself (a single-page app router, for instance).
 */
export class SabbaBackToTopEvent extends SabbaEvent<SabbaBackToTopDetail> {
  /** The event's type. */
  static readonly type = 'sabba-back-to-top';

  constructor(detail: SabbaBackToTopDetail) {
    super(SabbaBackToTopEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-back-to-top': SabbaBackToTopEvent;
  }
}
