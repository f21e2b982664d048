/** Loads an example plan document (docs/examples/<name>.json) as an object. */
export async function examplePlan(name: string): Promise<Record<string, unknown>> {
  const url = `/docs/examples/${name}.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}
