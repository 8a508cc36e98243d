/**
 * When a slot may show a new creative, so that refresh never breaks a policy (Google Ad Manager's
 * inventory-refresh rules, https://support.google.com/admanager/answer/6286179, and GPT's guide,
 * https://developers.google.com/publisher-tag/guides/control-ad-loading):
 * - only after the current impression was viewable (MRC, or GPT's own `impressionViewable`), and
 *   then no sooner than `refresh` seconds (at least 30) later;
 * - only while the slot is in view in a visible tab (an unseen refresh is an impression nobody saw);
 * - never for a creative whose line item the page lists in `no-refresh`, nor for one that asked
 *   not to be refreshed (the `sabba-ad-no-refresh` message, `creative-messages-controller.ts`);
 * - at most `refresh-max` times per page view.
 *
 * The policy owns one timer; the element tells it when a creative rendered, when it became
 * viewable, when it asked not to be refreshed and when the slot's visibility changed, and it calls
 * `onRefresh` when every condition holds.
 */
import { describeValue, warnOnce } from '../../internal/warn.js';
import type { Warn } from './size-map.js';

/** Google Ad Manager's floor: refreshing more often is a policy violation. */
export const MIN_REFRESH_SECONDS = 30;
/** Refreshes per page view when the page does not say. */
export const DEFAULT_REFRESH_MAX = 10;

/**
 * Reads the `refresh` attribute: seconds between refreshes, or 0 for "never". Values under 30,
 * negative, fractional nonsense or not numbers are refused (0) with a warning.
 */
export function parseRefreshInterval(value: number | string | null | undefined, warn: Warn = warnOnce): number {
  if (value === null || value === undefined || value === '' || value === 0) return 0;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < MIN_REFRESH_SECONDS) {
    warn(
      `<sabba-ad-slot> refresh=${describeValue(value)} was refused: refresh needs at least ${MIN_REFRESH_SECONDS} seconds (Google Ad Manager policy).`,
    );
    return 0;
  }
  return Math.round(seconds);
}

/** Reads `refresh-max`: a whole number ≥ 0, else the default with a warning. */
export function parseRefreshMax(value: number | string | null | undefined, warn: Warn = warnOnce): number {
  if (value === null || value === undefined || value === '') return DEFAULT_REFRESH_MAX;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    warn(
      `<sabba-ad-slot> refresh-max=${describeValue(value)} is not a whole number ≥ 0; ${DEFAULT_REFRESH_MAX} is used.`,
    );
    return DEFAULT_REFRESH_MAX;
  }
  return count;
}

/**
 * Reads `no-refresh`: GPT line-item ids (digits) separated by commas or spaces. Anything else is
 * left out with a warning.
 */
export function parseLineItemIds(value: string | null | undefined, warn: Warn = warnOnce): ReadonlySet<number> {
  const ids = new Set<number>();
  for (const token of (value ?? '').split(/[\s,]+/)) {
    if (token === '') continue;
    if (/^\d{1,16}$/.test(token)) ids.add(Number(token));
    else
      warn(`<sabba-ad-slot> no-refresh: ${describeValue(token)} is not a GPT line-item id (digits); it was left out.`);
  }
  return ids;
}

/** Decides when to refresh; see the module comment. */
export class RefreshPolicy {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = false;
  /** The current creative must not be refreshed (its line item or its own message said so). */
  private held = false;
  private inView = false;
  private used = 0;

  /**
   * @param intervalSeconds time from one render to the next refresh (0: never)
   * @param max refreshes allowed in this page view
   * @param onRefresh asks the provider for a new creative
   */
  constructor(
    private readonly intervalSeconds: number,
    private readonly max: number,
    private readonly onRefresh: () => void,
  ) {}

  /** How many refreshes have been asked for. */
  get count(): number {
    return this.used;
  }

  /** Whether the current creative is kept (it asked so, or its line item is in `no-refresh`). */
  get holding(): boolean {
    return this.held;
  }

  /**
   * A creative rendered (first or refreshed): a new impression, not viewable yet, so nothing is due.
   * `hold` keeps this creative for good (its line item is listed in `no-refresh`).
   */
  rendered(hold = false): void {
    this.cancel();
    this.due = false;
    this.held = hold;
  }

  /** The current impression became viewable: the interval starts now (once per impression). */
  viewable(): void {
    if (this.held || this.due || this.timer !== undefined || this.intervalSeconds <= 0 || this.used >= this.max) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.due = true;
      this.check();
    }, this.intervalSeconds * 1000);
  }

  /** The slot's "in view in a visible tab" condition changed (from the viewability tracker). */
  update(inView: boolean): void {
    this.inView = inView;
    this.check();
  }

  /** The creative asked not to be refreshed: it stays until the slot is reloaded. */
  hold(): void {
    this.held = true;
    this.cancel();
    this.due = false;
  }

  /** Stops for good (the element left the page). */
  dispose(): void {
    this.cancel();
    this.due = false;
    this.used = this.max;
  }

  private check(): void {
    if (!this.due || this.held || !this.inView || this.used >= this.max) return;
    this.due = false;
    this.used += 1;
    this.onRefresh();
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
