/**
 * The plan an element shows from its own sources, in order: the `.plan` property, an inline
 * `<script type="application/json">` child (watched for changes), then `src`. Used by every widget and by
 * `<planvis-plan>`. The latest source always wins: a slower, older response is dropped.
 *
 * A large document (see `readsInOwnTask`) is read in a task of its own, as a fetched one is loaded: the state
 * is `loading` meanwhile, and `pending` is the read until its state is set.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanCredentials } from './fetch-plan-json.js';
import { isAbort } from './fetch-plan-json.js';
import { loadPlan } from './load-plan.js';
import { PlanLoadError, type PlanOrigin } from './plan-load-error.js';
import type { PlanState } from './plan-state.js';
import { readPlanDataInOwnTask, readsInOwnTask } from './read-plan-data-in-own-task.js';
import { readPlanData } from './read-plan-data.js';

/** The defaults: 15 s and 5 MB. */
export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 5_000_000;

/** What the host's properties say. */
export interface PlanSourceInput {
  plan: unknown;
  src: string | undefined;
  credentials: string | undefined;
  timeout: number | undefined;
  maxBytes: number | undefined;
}

const INLINE = ':scope > script[type="application/json"]';

function credentialsOf(value: string | undefined): PlanCredentials {
  return value === 'include' || value === 'same-origin' ? value : 'omit';
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A read that failed, as the state says it. */
function readFailure(error: unknown): PlanLoadError {
  return error instanceof PlanLoadError
    ? error
    : new PlanLoadError('not-a-plan', {}, { kind: 'property' }, undefined, { cause: error });
}

export class PlanSourceController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  /** The state from the element's own sources; `none` when it has none. */
  state: PlanState = { status: 'none' };
  #key: unknown = undefined;
  #abort: AbortController | undefined;
  #observer: MutationObserver | undefined;
  #input: PlanSourceInput | undefined;
  #pending: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#resync());
    this.#observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['type'],
    });
    // Reconnected: a load aborted on disconnect starts again.
    this.#resync();
  }

  #resync(): void {
    if (!this.#input) return;
    const before = this.state;
    if (this.sync(this.#input) !== before) this.host.requestUpdate();
  }

  /**
   * The read of a large `.plan` or inline document going on in a task of its own, if any: it resolves once
   * the state is set (and the host asked to update), or once the read was dropped for a newer source.
   */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
    }
  }

  /** The text of the inline JSON child, if there is one. */
  #inlineText(): string | undefined {
    const script = this.host.querySelector<HTMLScriptElement>(INLINE);
    return script ? (script.textContent ?? '') : undefined;
  }

  /** Call from the host's `willUpdate`: picks the source and starts what it needs. Returns the state. */
  sync(input: PlanSourceInput): PlanState {
    this.#input = input;
    const inline = this.#inlineText();
    if (input.plan !== undefined && input.plan !== null) {
      if (this.#current(input.plan)) return this.state;
      this.#start(input.plan);
      this.#read(input.plan, { kind: 'property' });
    } else if (inline !== undefined) {
      const key = `inline\n${inline}`;
      if (this.#current(key)) return this.state;
      this.#start(key);
      this.#read(inline, { kind: 'inline' });
    } else if (input.src) {
      const url = new URL(input.src, this.host.ownerDocument.baseURI).href;
      const options = {
        credentials: credentialsOf(input.credentials),
        timeout: positive(input.timeout, DEFAULT_TIMEOUT),
        maxBytes: positive(input.maxBytes, DEFAULT_MAX_BYTES),
      };
      const key = `url\n${options.credentials}\n${options.timeout}\n${options.maxBytes}\n${url}`;
      if (this.#current(key)) return this.state;
      this.#start(key);
      const abort = new AbortController();
      this.#abort = abort;
      this.state = { status: 'loading' };
      loadPlan(url, { ...options, signal: abort.signal }).then(
        (data) => {
          if (this.#abort !== abort) return;
          this.#abort = undefined;
          this.#set({ status: 'ready', data });
        },
        (error: unknown) => {
          if (this.#abort !== abort || isAbort(error)) return;
          this.#abort = undefined;
          const failure =
            error instanceof PlanLoadError
              ? error
              : new PlanLoadError('network', {}, { kind: 'url', url }, undefined, { cause: error });
          this.#set({ status: 'error', error: failure });
        },
      );
    } else {
      if (this.#key === null) return this.state;
      this.#start(null);
      this.state = { status: 'none' };
    }
    return this.state;
  }

  /** Whether `key` is the source shown or being loaded (not one whose load stopped on disconnect). */
  #current(key: unknown): boolean {
    return this.#key === key && (this.#abort !== undefined || this.state.status !== 'loading');
  }

  #start(key: unknown): void {
    this.#key = key;
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
    }
  }

  /** Reads a `.plan` or inline document: at once, or in a task of its own when it is large. */
  #read(input: unknown, origin: PlanOrigin): void {
    if (!readsInOwnTask(input)) {
      try {
        this.state = { status: 'ready', data: readPlanData(input, origin) };
      } catch (error) {
        this.state = { status: 'error', error: readFailure(error) };
      }
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.state = { status: 'loading' };
    const finish = (state: PlanState) => {
      if (this.#abort !== abort) return;
      this.#abort = undefined;
      this.#set(state);
    };
    const pending: Promise<void> = readPlanDataInOwnTask(input, origin, abort.signal)
      .then(
        (data) => finish({ status: 'ready', data }),
        (error: unknown) => {
          if (!isAbort(error)) finish({ status: 'error', error: readFailure(error) });
        },
      )
      .then(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
    this.#pending = pending;
  }

  #set(state: PlanState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
