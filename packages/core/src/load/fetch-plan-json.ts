/**
 * Fetching a plan document, hardened: no cookies unless asked, a timeout, a size cap (on Content-Length
 * and while the body streams), JSON content types only, and abort on demand. Every failure is a
 * `PlanLoadError` with its own code.
 */
import { parseJson } from './read-plan-data.js';
import { PlanLoadError, type PlanOrigin } from './plan-load-error.js';

/** `fetch` credentials mode: `omit` (default), `same-origin` or `include`. */
export type PlanCredentials = 'omit' | 'same-origin' | 'include';

/** Options for one fetch. */
export interface FetchPlanOptions {
  credentials: PlanCredentials;
  /** Milliseconds until the load gives up. */
  timeout: number;
  /** The largest body accepted, in bytes. */
  maxBytes: number;
  /** Aborts the fetch (src changed, element gone). */
  signal?: AbortSignal;
}

/** Whether a Content-Type names JSON: `application/json` or any `…+json`, parameters ignored. */
export function isJsonContentType(header: string | null): boolean {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]+\+json$/.test(type);
}

/** An abort that was asked for (not a timeout): callers ignore it. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function abortError(): DOMException {
  return new DOMException('The plan load was aborted.', 'AbortError');
}

/** Fetches and parses the JSON at `url` (absolute). Rejects with `PlanLoadError`, or an AbortError when aborted. */
export async function fetchPlanJson(url: string, options: FetchPlanOptions): Promise<unknown> {
  const origin: PlanOrigin = { kind: 'url', url };
  const { signal } = options;
  if (signal?.aborted) throw abortError();
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), options.timeout);
  const combined = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
  const fail = (cause: unknown): never => {
    if (signal?.aborted) throw abortError();
    if (timer.signal.aborted)
      throw new PlanLoadError('timeout', { timeout: options.timeout }, origin, undefined, { cause });
    if (cause instanceof PlanLoadError) throw cause;
    throw new PlanLoadError('network', {}, origin, undefined, { cause });
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: options.credentials,
        signal: combined,
        headers: { Accept: 'application/json' },
        redirect: 'follow',
      });
    } catch (cause) {
      return fail(cause);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new PlanLoadError('http', { status: response.status }, origin);
    }
    const type = response.headers.get('content-type');
    if (!isJsonContentType(type)) {
      void response.body?.cancel().catch(() => undefined);
      throw new PlanLoadError('content-type', { type: (type ?? '').split(';')[0]!.trim() }, origin);
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > options.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw new PlanLoadError('too-large', { maxBytes: options.maxBytes }, origin);
    }
    let text: string;
    try {
      text = await readText(response, options.maxBytes, origin);
    } catch (cause) {
      return fail(cause);
    }
    return parseJson(text, origin);
  } finally {
    clearTimeout(timeoutId);
  }
}

/** The body as text, stopping as soon as it grows past `maxBytes`. */
async function readText(response: Response, maxBytes: number, origin: PlanOrigin): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new PlanLoadError('too-large', { maxBytes }, origin);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}
