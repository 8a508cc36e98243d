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

let lastTurn: Promise<void> = Promise.resolve();

/**
 * A task of the caller's own, after every earlier caller's turn: work that several elements queue
 * at once (each slot's first render, when the element class is defined over a page full of them)
 * then runs one piece per task instead of in one long task.
 */
export function taskOfItsOwn(): Promise<void> {
  lastTurn = lastTurn.then(nextTask);
  return lastTurn;
}
