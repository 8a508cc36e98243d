/**
 * Keeps a refreshing slot from shrinking. The frame's height is the reservation of the breakpoint
 * in force; before a refresh the slot locks it at the height it has, so neither a smaller new
 * creative nor a breakpoint that changed since (a phone turned sideways) can pull the article up.
 * The lock holds for the rest of the connection: letting go after the refresh would be the shift
 * it prevents.
 *
 * It is one more adopted stylesheet with one number in it (`--_locked-height`, read by the frame's
 * `block-size` in ad-slot.styles.ts), so it works under a strict CSP and never touches the
 * page's `style` attribute.
 */
import { writeReservation, type ReservationHolder } from './reservation-sheet.js';

/** The lock of one slot's frame height. */
export class HeightLock {
  private holder: ReservationHolder | undefined;
  private locked = 0;

  constructor(private readonly root: () => ShadowRoot | null) {}

  /** Locks the frame at `height` px, or keeps a higher lock already in place. */
  lock(height: number): void {
    const root = this.root();
    if (root === null || !Number.isFinite(height) || height <= this.locked) return;
    this.locked = Math.ceil(height);
    this.holder = writeReservation(root, `:host { --_locked-height: ${this.locked}px; }`, this.holder);
  }

  /** Lets go (the slot starts over after a disconnect or a new ad unit). */
  release(): void {
    this.locked = 0;
    const root = this.root();
    if (this.holder !== undefined && root !== null) this.holder = writeReservation(root, '', this.holder);
  }
}
