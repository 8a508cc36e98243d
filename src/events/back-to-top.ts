import { SabbaEvent } from './sabba-event.js';

/** What a `sabba-back-to-top` listener learns about the jump that is about to happen. */
export interface SabbaBackToTopDetail {
  /** The element that will receive focus after scrolling (`focus-target` or the default). */
  readonly focusTarget: HTMLElement;
  /** `instant` when the reader prefers reduced motion, else `smooth`. */
  readonly behavior: 'smooth' | 'instant';
}

/**
 * Fired by `<sabba-back-to-top>` when the reader activates the button, before anything scrolls.
 * Cancelable: call `preventDefault()` to scroll and move focus yourself (a single-page app
 * router, for instance).
 */
export class SabbaBackToTopEvent extends SabbaEvent<SabbaBackToTopDetail> {
  constructor(detail: SabbaBackToTopDetail) {
    super('sabba-back-to-top', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-back-to-top': SabbaBackToTopEvent;
  }
}
