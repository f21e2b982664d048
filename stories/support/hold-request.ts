/**
 * For stories that show the loading state: while the story is shown, a fetch of `url` never answers (until the
 * widget aborts it), so the widget stays in its loading state. Returns the cleanup Storybook's `beforeEach`
 * expects, which restores `fetch`.
 */
export function holdRequest(url: string): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = input instanceof Request ? input.url : String(input);
    if (!new URL(href, location.href).pathname.endsWith(url)) return original(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(init.signal?.reason ?? new DOMException('Aborted', 'AbortError')),
      );
    });
  };
  return () => {
    window.fetch = original;
  };
}
