/**
 * The plan an element shows from its own sources, in order: the `.plan` property, an inline
 * `<script type="application/json">` child (watched for changes), then `src`. Used by every widget and by
 * `<planvis-plan>`. The latest source always wins: a slower, older response is dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanCredentials } from './fetch-plan-json.js';
import { isAbort } from './fetch-plan-json.js';
import { loadPlan } from './load-plan.js';
import { PlanLoadError } from './plan-load-error.js';
import type { PlanState } from './plan-state.js';
import { readPlanData, type PlanData } from './read-plan-data.js';

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

export class PlanSourceController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  /** The state from the element's own sources; `none` when it has none. */
  state: PlanState = { status: 'none' };
  #key: unknown = undefined;
  #abort: AbortController | undefined;
  #observer: MutationObserver | undefined;
  #input: PlanSourceInput | undefined;

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
      if (this.#key === input.plan) return this.state;
      this.#start(input.plan);
      this.#settle(() => readPlanData(input.plan, { kind: 'property' }));
    } else if (inline !== undefined) {
      const key = `inline\n${inline}`;
      if (this.#key === key) return this.state;
      this.#start(key);
      this.#settle(() => readPlanData(inline, { kind: 'inline' }));
    } else if (input.src) {
      const url = new URL(input.src, this.host.ownerDocument.baseURI).href;
      const options = {
        credentials: credentialsOf(input.credentials),
        timeout: positive(input.timeout, DEFAULT_TIMEOUT),
        maxBytes: positive(input.maxBytes, DEFAULT_MAX_BYTES),
      };
      const key = `url\n${options.credentials}\n${options.timeout}\n${options.maxBytes}\n${url}`;
      if (this.#key === key && (this.#abort || this.state.status !== 'loading')) return this.state;
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

  #start(key: unknown): void {
    this.#key = key;
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
    }
  }

  #settle(read: () => PlanData): void {
    try {
      this.state = { status: 'ready', data: read() };
    } catch (error) {
      this.state = {
        status: 'error',
        error:
          error instanceof PlanLoadError
            ? error
            : new PlanLoadError('not-a-plan', {}, { kind: 'property' }, undefined, { cause: error }),
      };
    }
  }

  #set(state: PlanState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
