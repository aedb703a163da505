// Fetches from the dyad API; every page asks only for aggregated or paged data.
export class ApiError extends Error {}

export async function api<T = any>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = `/api/${path}${qs.size ? '?' + qs : ''}`;
  const r = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new ApiError(body.message ?? `${r.status} ${r.statusText}`);
  return body as T;
}

let names: Map<string, string> | null = null;
/** Country names by code, fetched once. */
export async function countryNames(): Promise<Map<string, string>> {
  if (!names) {
    const r = await api<{ items: { code: string; name: string }[] }>('countries');
    names = new Map(r.items.map((c) => [c.code, c.name]));
  }
  return names;
}

let weights: Record<string, number> | null = null;
export async function typeWeights(): Promise<Record<string, number>> {
  if (!weights) weights = (await api<{ types: Record<string, number> }>('weights')).types;
  return weights;
}
