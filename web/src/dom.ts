// Tiny DOM helpers: elements are built with text nodes (never innerHTML with store text).
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | ((e: Event) => void) | null | undefined>;

function fill<T extends Element>(el: T, attrs: Attrs | null, children: Child[]): T {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
  return el;
}

export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] =>
  fill(document.createElement(tag), attrs, children);

export const s = (tag: string, attrs: Attrs | null = null, ...children: Child[]): SVGElement =>
  fill(document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElement, attrs, children);

/** Server-made HTML that the API already escaped (search snippets with <mark>). */
export function trustedHtml(html: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.innerHTML = html;
  return span;
}

/** -10 (conflict, red) .. +10 (cooperation, green) */
export function scoreColor(score: number): string {
  const t = Math.max(-10, Math.min(10, score));
  return `hsl(${Math.round(60 + t * 6)}, 70%, ${t > 0 ? 35 : 45}%)`;
}

export const signed = (x: number): string => (x > 0 ? '+' : '') + x.toFixed(1);

export function fmtNumber(v: number | null, unit?: string | null): string {
  if (v === null || v === undefined) return '—';
  const abs = Math.abs(v);
  const [d, suf] = abs >= 1e9 ? [1e9, ' bn'] : abs >= 1e6 ? [1e6, ' m'] : abs >= 1e3 ? [1e3, ' k'] : [1, ''];
  const n = v / d;
  return `${Number.isInteger(n) ? n : n.toFixed(n >= 100 ? 0 : 2).replace(/\.?0+$/, '')}${suf}${unit ? ' ' + unit : ''}`;
}

export const badge = (text: string, color: string): HTMLSpanElement => h('span', { class: 'badge', style: `background:${color}` }, text);
