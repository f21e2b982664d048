/**
 * Gives the main thread back to the browser: resolves in a later task, so input, paint and other work can
 * run in between. `scheduler.yield()` where the browser has it (its continuation goes ahead of other
 * tasks), else a zero timeout.
 */
export function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return typeof scheduler?.yield === 'function'
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));
}
