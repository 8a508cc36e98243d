/**
 * Resolves in a later task, giving the main thread back (input, rendering) in between:
 * `scheduler.yield()` where there is one (the continuation keeps the page's priority), else a
 * zero timeout. An element puts there the start-up work that nothing on screen waits for
 * (issue 20). The autoloader keeps its own copy (`yieldToMain`), since it imports nothing.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
