// Graph of states: edges weighted by the number of events between two states and coloured
// from conflict (red) to cooperation (green); a period filter; the list of pairs beside it.
import { h, s, scoreColor, signed } from './dom.ts';
import { api, countryNames } from './api.ts';
import type { Route } from './main.ts';

interface PairSummary { pair: string; a: string; b: string; events: number; score: number; types: Record<string, number> }
interface Node { code: string; x: number; y: number; vx: number; vy: number; events: number }

const SIZE = 600;

/** Fruchterman–Reingold with a pull to the centre: deterministic (starts on a circle, fixed steps). */
export function layout(codes: readonly string[], edges: readonly PairSummary[]): Map<string, Node> {
  const n = codes.length;
  const nodes = new Map<string, Node>(codes.map((code, i) => [code, {
    code, events: 0, vx: 0, vy: 0,
    x: SIZE / 2 + (SIZE * 0.38) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: SIZE / 2 + (SIZE * 0.38) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }]));
  for (const e of edges) { nodes.get(e.a)!.events += e.events; nodes.get(e.b)!.events += e.events; }
  if (n < 3) return nodes;
  const list = [...nodes.values()];
  const k = 0.75 * Math.sqrt((SIZE * SIZE) / n);
  const steps = 300;
  for (let step = 0; step < steps; step++) {
    const temp = (SIZE / 10) * (1 - step / steps) + 1;
    for (const a of list) { a.vx = 0; a.vy = 0; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const a = list[i]!, b = list[j]!;
      const dx = a.x - b.x || 0.01, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = (k * k) / d / d;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const e of edges) {
      const a = nodes.get(e.a)!, b = nodes.get(e.b)!;
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = d / k;
      a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
    }
    for (const a of list) {
      a.vx += (SIZE / 2 - a.x) * 0.08; a.vy += (SIZE / 2 - a.y) * 0.08;
      const v = Math.hypot(a.vx, a.vy) || 1;
      const m = Math.min(v, temp) / v;
      a.x = Math.min(SIZE - 60, Math.max(30, a.x + a.vx * m));
      a.y = Math.min(SIZE - 30, Math.max(30, a.y + a.vy * m));
    }
  }
  return nodes;
}

function graphSvg(pairs: readonly PairSummary[], names: Map<string, string>): SVGElement {
  const codes = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort();
  const nodes = layout(codes, pairs);
  const maxE = Math.max(...pairs.map((p) => p.events), 1);
  const maxN = Math.max(...[...nodes.values()].map((n) => n.events), 1);
  const svg = s('svg', { class: 'graph', viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'img', 'aria-label': 'Graph of states' });
  for (const p of [...pairs].reverse()) {
    const a = nodes.get(p.a)!, b = nodes.get(p.b)!;
    const width = 1.5 + 8 * Math.log1p(p.events) / Math.log1p(maxE);
    const label = `${names.get(p.a) ?? p.a} – ${names.get(p.b) ?? p.b}: ${p.events} events, score ${signed(p.score)}`;
    svg.append(s('a', { href: `#/pair/${p.pair}`, class: 'edge', 'data-pair': p.pair, 'aria-label': label },
      s('title', null, label),
      s('line', { class: 'vis', x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: scoreColor(p.score), 'stroke-width': width.toFixed(1), 'stroke-opacity': 0.8, 'stroke-linecap': 'round' }),
      s('line', { class: 'hit', x1: a.x, y1: a.y, x2: b.x, y2: b.y })));
  }
  for (const n of nodes.values()) {
    const r = 6 + 12 * Math.sqrt(n.events / maxN);
    svg.append(s('g', { class: 'node', 'data-code': n.code, transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})` },
      s('title', null, `${names.get(n.code) ?? n.code}: ${n.events} events`),
      s('circle', { r: r.toFixed(1) }),
      s('text', { x: r + 3, y: 4 }, n.code)));
  }
  return svg;
}

export async function graphPage(root: HTMLElement, route: Route): Promise<void> {
  const since = route.params.get('since') ?? '';
  const until = route.params.get('until') ?? '';
  const sinceIn = h('input', { type: 'month', name: 'since', value: since });
  const untilIn = h('input', { type: 'month', name: 'until', value: until });
  const form = h('form', { class: 'controls', id: 'period' },
    h('label', null, 'From', sinceIn), h('label', null, 'To', untilIn),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', onclick: () => { location.hash = '#/'; } }, 'All time'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (sinceIn.value) q.set('since', sinceIn.value);
    if (untilIn.value) q.set('until', untilIn.value);
    location.hash = `#/graph${q.size ? '?' + q : ''}`;
  });
  root.append(h('h1', null, 'Relations between states'), form);
  const [pairs, names] = await Promise.all([
    api<{ total: number; items: PairSummary[] }>('pairs', { monthly: 'false', limit: 150, since, until }),
    countryNames(),
  ]);
  const period = since || until ? `${since || '…'} to ${until || '…'}` : 'all time';
  if (!pairs.items.length) { root.append(h('p', { class: 'empty' }, `No events between states in ${period}.`)); return; }
  const table = h('table', { class: 'pairs' },
    h('thead', null, h('tr', null, h('th', null, 'Pair'), h('th', null, 'Events'), h('th', null, 'Score'), h('th', null, 'Main types'))),
    h('tbody', null, ...pairs.items.slice(0, 40).map((p) => h('tr', { 'data-pair': p.pair },
      h('td', null, h('a', { href: `#/pair/${p.pair}` }, `${names.get(p.a) ?? p.a} – ${names.get(p.b) ?? p.b}`)),
      h('td', null, p.events),
      h('td', { class: 'score', style: `color:${scoreColor(p.score)}` }, signed(p.score)),
      h('td', { class: 'muted' }, Object.entries(p.types).sort((x, y) => y[1] - x[1]).slice(0, 3).map(([t, n]) => `${t} ${n}`).join(', '))))));
  root.append(h('div', { class: 'graph-wrap' },
    h('div', null,
      graphSvg(pairs.items, names),
      h('div', { class: 'legend' }, 'conflict', h('span', { class: 'bar' }), 'cooperation', h('span', null, ' · edge width: number of events · click an edge for the pair')),
      h('p', { class: 'muted' }, `${pairs.total} pairs with events in ${period}` + (pairs.total > pairs.items.length ? `; the ${pairs.items.length} most active are drawn.` : '.'))),
    h('div', { class: 'card' }, h('h2', { style: 'margin-top:0' }, 'Most active pairs'), table)));
}
