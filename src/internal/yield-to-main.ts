/**
 * Gives the main thread back (input, rendering) before the caller goes on: `scheduler.yield()`
 * where the browser has it (the continuation keeps its place ahead of other tasks), else a task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
