const held = new Set<string>();

/**
 * For stories that show the loading state: from now on, a fetch whose path ends with `path` never answers
 * (until the widget aborts it), so the widget stays in its loading state. Only that path is held: pick one no
 * other story uses (e.g. `/examples/still-loading.json`). Installed once and for good, not in a story's
 * `beforeEach`: Storybook may run that hook's cleanup before the widget starts its fetch.
 */
export function holdRequest(path: string): void {
  if (!held.size) {
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const href = input instanceof Request ? input.url : String(input);
      const { pathname } = new URL(href, location.href);
      if (![...held].some((p) => pathname.endsWith(p))) return original(input, init);
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(init.signal?.reason ?? new DOMException('Aborted', 'AbortError')),
        );
      });
    };
  }
  held.add(path);
}
