/**
 * Loading a plan from a URL, shared: widgets on one page that ask for the same document (same absolute URL,
 * credentials and size cap) share one fetch, and a finished load is kept for the page's life. A failed
 * load is forgotten, so asking again tries again. A fetch is aborted only when every widget waiting for
 * it has gone away. A large document is read in a task of its own (see `readPlanDataInOwnTask`), so the
 * task that receives the last bytes, the read and the render are separate.
 */
import { fetchPlanJson, type FetchPlanOptions } from './fetch-plan-json.js';
import { readPlanDataInOwnTask, readsInOwnTask } from './read-plan-data-in-own-task.js';
import { readPlanData, type PlanData } from './read-plan-data.js';

interface Entry {
  promise: Promise<PlanData>;
  abort: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

/** The cache key of a load. */
function keyOf(url: string, options: FetchPlanOptions): string {
  return `${options.credentials} ${options.maxBytes} ${url}`;
}

/**
 * Loads, reads and indexes the plan at `url` (absolute). Rejects with `PlanLoadError`, or with an AbortError
 * when `options.signal` aborts.
 */
export function loadPlan(url: string, options: FetchPlanOptions): Promise<PlanData> {
  const key = keyOf(url, options);
  let entry = cache.get(key);
  if (!entry) {
    const abort = new AbortController();
    const created: Entry = {
      abort,
      waiting: 0,
      settled: false,
      promise: fetchPlanJson(url, { ...options, signal: abort.signal }).then((json) =>
        readsInOwnTask(json)
          ? readPlanDataInOwnTask(json, { kind: 'url', url }, abort.signal)
          : readPlanData(json, { kind: 'url', url }),
      ),
    };
    created.promise.then(
      () => {
        created.settled = true;
      },
      () => {
        created.settled = true;
        if (cache.get(key) === created) cache.delete(key);
      },
    );
    cache.set(key, created);
    entry = created;
  }
  const shared = entry;
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new DOMException('The plan load was aborted.', 'AbortError'));
  shared.waiting++;
  return new Promise<PlanData>((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return false;
      done = true;
      shared.waiting--;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (!shared.settled && shared.waiting === 0) {
        shared.abort.abort();
        if (cache.get(key) === shared) cache.delete(key);
      }
      reject(new DOMException('The plan load was aborted.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (data) => {
        if (leave()) resolve(data);
      },
      (error: unknown) => {
        if (leave()) reject(error);
      },
    );
  });
}

/** Forgets every finished load, so the next request fetches again (e.g. after the document changed). */
export function clearPlanCache(): void {
  for (const [key, entry] of cache) if (entry.settled) cache.delete(key);
}
