/**
 * An element's `updateComplete` that also waits for work still on its way outside Lit's update cycle (a plan
 * being read in tasks of its own, outline rows built in batches): it awaits `pending()` and the update that
 * follows, again and again, until nothing is pending. Use it in `getUpdateComplete()`:
 *
 * ```ts
 * protected override getUpdateComplete() {
 *   return updateCompleteAfter(() => super.getUpdateComplete(), () => this.#pendingWork);
 * }
 * ```
 */
export async function updateCompleteAfter(
  updateComplete: () => Promise<boolean>,
  pending: () => Promise<unknown> | undefined,
): Promise<boolean> {
  let complete = await updateComplete();
  for (let work = pending(); work; work = pending()) {
    await work;
    complete = await updateComplete();
  }
  return complete;
}
