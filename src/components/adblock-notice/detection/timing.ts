/**
 * Small waiting helpers for detection. Detection must never hold the main thread, so waiting is
 * done with frames and timers, never with loops.
 */

/**
 * Resolves on the next animation frame, or after `fallbackMs` when no frame comes (background
 * tabs get no frames, and detection must still finish there).
 */
export function nextFrame(fallbackMs = 50): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(finish);
    const timer = setTimeout(finish, fallbackMs);
  });
}

/**
 * Resolves once `doc` has loaded (its `load` event has run), at once when it already has. Detection
 * waits for it as BlockAdBlock's `checkOnLoad` does: its bait and probe requests then never compete
 * with the article's own, and its layout reads come after the browser has laid the page out.
 */
export function pageLoaded(doc: Document = document): Promise<void> {
  const view = doc.defaultView;
  if (doc.readyState === 'complete' || view === null) return Promise.resolve();
  return new Promise((resolve) => {
    view.addEventListener(
      'load',
      () => {
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Resolves in a task after the next frame has been drawn: layout is then up to date, so reading it
 * costs nothing, where the same read in the task that inserted or upgraded elements would lay the
 * whole page out there and then (issue 20).
 */
export async function afterNextFrame(): Promise<void> {
  await nextFrame();
  await delay(0);
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with `promise`'s value, or with `fallback()` when `ms` pass first. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(fallback());
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback());
      },
    );
  });
}
