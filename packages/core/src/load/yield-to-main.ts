/**
 * Gives the main thread back to the browser: resolves in a later task (a zero timeout), so input, paint and
 * other work can run in between.
 *
 * Not `scheduler.yield()`: Chromium's Long Tasks API does not report the tasks its continuations run in
 * (checked in Chromium 147: 140 ms of work after `await scheduler.yield()` gave no `longtask` entry), so a long
 * read would still block input but vanish from the `longtask` observers that pages and our benchmark use.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
