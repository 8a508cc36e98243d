import { SabbaEvent } from './sabba-event.js';

/** Detail of {@link SabbaAdRenderEvent}. */
export interface SabbaAdRenderDetail {
  /** No ad was served (no fill); the placeholder stays, or collapses off-screen. */
  readonly empty: boolean;
  /** The creative's width in CSS pixels (0 when empty). */
  readonly width: number;
  /** The creative's height in CSS pixels (0 when empty). */
  readonly height: number;
}

/** `sabba-ad-render`: the provider answered, with a creative or with no fill. */
export class SabbaAdRenderEvent extends SabbaEvent<SabbaAdRenderDetail> {
  static readonly type = 'sabba-ad-render';

  constructor(detail: SabbaAdRenderDetail) {
    super(SabbaAdRenderEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sabba-ad-render': SabbaAdRenderEvent;
  }
}
