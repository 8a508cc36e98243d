/**
 * When a slot may show a new creative. Google's rules and good manners: never more often than
 * every 30 seconds, only while the slot is in view in a visible tab (an unseen refresh is an
 * impression nobody saw), and at most `refresh-max` times per page view.
 *
 * The policy owns one timer; the element tells it when a creative rendered and when the slot's
 * visibility changed, and it calls `onRefresh` when all conditions hold.
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

/** Decides when to refresh; see the module comment. */
export class RefreshPolicy {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = false;
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

  /** A creative rendered (first or refreshed): the interval starts now. */
  rendered(): void {
    this.cancel();
    this.due = false;
    if (this.intervalSeconds <= 0 || this.used >= this.max) return;
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

  /** Stops for good (the element left the page). */
  dispose(): void {
    this.cancel();
    this.due = false;
    this.used = this.max;
  }

  private check(): void {
    if (!this.due || !this.inView || this.used >= this.max) return;
    this.due = false;
    this.used += 1;
    this.onRefresh();
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
