import { createSafeStorage, type SafeStorage } from '../../internal/storage.js';

/** The storage key of a remembered dismissal. */
export const DISMISS_KEY = 'sabba-adblock-notice:dismissed';

const DAY_MS = 86_400_000;

/**
 * Page-view memory shared by every notice on the page: a notice is shown at most once per page
 * view, even when a single-page app removes and re-adds the element.
 */
const pageView = { shown: false, dismissed: false };

/** Forgets the page view's memory. For tests and demos that simulate a new page view. */
export function resetPageView(): void {
  pageView.shown = false;
  pageView.dismissed = false;
}

/**
 * Remembers whether the reader dismissed the notice: for `rememberDays` in storage (no cookies),
 * and always for the page view (the only memory left when storage throws).
 */
export class Dismissal {
  constructor(private readonly storage: SafeStorage = createSafeStorage()) {}

  /** Whether the notice may open now. */
  mayShow(): boolean {
    return !pageView.shown && !pageView.dismissed && this.storage.getJSON(DISMISS_KEY) !== true;
  }

  /** Records that the notice opened in this page view. */
  markShown(): void {
    pageView.shown = true;
  }

  /** Records a dismissal for the page view and, when `rememberDays > 0`, in storage. */
  dismiss(rememberDays: number): void {
    pageView.dismissed = true;
    if (rememberDays > 0) this.storage.setJSON(DISMISS_KEY, true, rememberDays * DAY_MS);
  }
}
