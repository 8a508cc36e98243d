/**
 * Everything a slot's refresh needs besides the provider: the policy that says when
 * (`refresh-policy.ts`), the creatives' own no-refresh message (`creative-messages-controller.ts`),
 * the page's `no-refresh` line items, and the height lock that keeps a refresh from shrinking the
 * slot (`height-lock.ts`). The element tells it what happened; it calls `onRefresh` when a
 * refresh is allowed.
 */
import type { ReactiveControllerHost } from 'lit';
import { CreativeMessagesController } from './creative-messages-controller.js';
import { HeightLock } from './height-lock.js';
import type { RenderOutcome } from './providers/provider.js';
import { parseLineItemIds, parseRefreshInterval, parseRefreshMax, RefreshPolicy } from './refresh-policy.js';

/** What the slot gives the refresh controller. */
export interface RefreshOptions {
  /** The `refresh`, `refresh-max` and `no-refresh` values, read when refreshing starts. */
  settings: () => { refresh: unknown; refreshMax: unknown; noRefresh: string };
  /** The creative container, whose frames may ask not to be refreshed. */
  container: () => Element | undefined;
  /** The frame whose height a refresh locks. */
  frame: () => Element | null;
  /** The shadow root the lock's stylesheet goes into. */
  root: () => ShadowRoot | null;
}

/** Runs the refresh policy of one slot; see the module comment. */
export class RefreshController {
  private policy: RefreshPolicy | undefined;
  private noRefresh: ReadonlySet<number> = new Set();
  /**
   * The shown creative asked to be kept. Remembered apart from the policy: a creative may speak
   * before its render is reported (or before the first render starts the policy).
   */
  private asked = false;
  private readonly lock: HeightLock;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: RefreshOptions,
  ) {
    this.lock = new HeightLock(options.root);
    new CreativeMessagesController(host, {
      container: options.container,
      onNoRefresh: () => {
        this.asked = true;
        this.policy?.hold();
      },
    });
  }

  /**
   * Starts refreshing after the first creative, if `refresh` asks for it; `onRefresh` is called
   * each time a refresh is allowed. Returns false when refresh is off.
   */
  start(onRefresh: () => void): boolean {
    const { refresh, refreshMax, noRefresh } = this.options.settings();
    const interval = parseRefreshInterval(refresh as number);
    if (interval === 0) return false;
    this.noRefresh = parseLineItemIds(noRefresh);
    this.policy = new RefreshPolicy(interval, parseRefreshMax(refreshMax as number), onRefresh);
    return true;
  }

  /** A creative rendered: a new impression, kept for good when its line item is listed in `no-refresh`. */
  rendered(outcome: RenderOutcome): void {
    const lineItem = outcome.lineItemId;
    this.policy?.rendered(this.asked || (typeof lineItem === 'number' && this.noRefresh.has(lineItem)));
  }

  /** The impression became viewable: the interval starts. */
  viewable(): void {
    this.policy?.viewable();
  }

  /** "In view in a visible tab" changed. */
  update(inView: boolean): void {
    this.policy?.update(inView);
  }

  /** A refresh is about to replace the creative: the frame keeps the height it has now. */
  beforeRefresh(): void {
    this.asked = false; // a new creative is coming; the old one's wish leaves with it
    const frame = this.options.frame();
    if (frame !== null) this.lock.lock(frame.getBoundingClientRect().height);
  }

  /** Stops refreshing and lets the height go (disconnect, or the slot starts over). */
  stop(): void {
    this.policy?.dispose();
    this.policy = undefined;
    this.asked = false;
    this.lock.release();
  }
}
