// SVG charts: monthly bars coloured by score, and line charts of figure series.
import { s, scoreColor, fmtNumber, signed } from './dom.ts';

const W = 640, H = 220, PAD = { l: 56, r: 12, t: 12, b: 40 };

export interface MonthBar { month: string; events: number; score: number }

export function monthBars(rows: readonly MonthBar[]): SVGElement {
  const svg = s('svg', { class: 'chart month-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Events per month' });
  if (!rows.length) return svg;
  const max = Math.max(...rows.map((r) => r.events), 1);
  const iw = W - PAD.l - PAD.r, ih = H - PAD.t - PAD.b;
  const bw = iw / rows.length;
  svg.append(s('line', { class: 'axis', x1: PAD.l, y1: PAD.t + ih, x2: W - PAD.r, y2: PAD.t + ih }));
  svg.append(s('text', { x: PAD.l - 6, y: PAD.t + 10, 'text-anchor': 'end' }, max));
  svg.append(s('text', { x: PAD.l - 6, y: PAD.t + ih, 'text-anchor': 'end' }, 0));
  const every = Math.ceil(rows.length / 12);
  rows.forEach((r, i) => {
    const bh = (r.events / max) * ih;
    const x = PAD.l + i * bw;
    svg.append(s('rect', { class: 'bar', x: x + bw * 0.1, y: PAD.t + ih - bh, width: Math.max(1, bw * 0.8), height: bh, fill: scoreColor(r.score), 'data-month': r.month },
      s('title', null, `${r.month}: ${r.events} events, score ${signed(r.score)}`)));
    if (i % every === 0) svg.append(s('text', { x: x + bw / 2, y: H - PAD.b + 16, 'text-anchor': 'middle' }, r.month));
  });
  return svg;
}

export interface Point { label: string; value: number | null; status: string; href?: string }

export function lineChart(points: readonly Point[], unit: string | null): SVGElement {
  const svg = s('svg', { class: 'chart figure-chart', viewBox: `0 0 ${W} ${H}`, role: 'img' });
  const pts = points.filter((p) => p.value !== null) as (Point & { value: number })[];
  if (!pts.length) return svg;
  const labels = [...new Set(pts.map((p) => p.label))].sort();
  const max = Math.max(...pts.map((p) => p.value)) * 1.1 || 1;
  const iw = W - PAD.l - PAD.r, ih = H - PAD.t - PAD.b;
  const x = (l: string) => PAD.l + (labels.length === 1 ? iw / 2 : (labels.indexOf(l) / (labels.length - 1)) * iw);
  const y = (v: number) => PAD.t + ih - (v / max) * ih;
  svg.append(s('line', { class: 'axis', x1: PAD.l, y1: PAD.t + ih, x2: W - PAD.r, y2: PAD.t + ih }));
  for (const f of [0, 0.5, 1]) {
    svg.append(s('text', { x: PAD.l - 6, y: y(max * f) + 4, 'text-anchor': 'end' }, fmtNumber(max * f)));
  }
  const actual = pts.filter((p) => p.status === 'actual');
  if (actual.length > 1) {
    const byLabel = new Map<string, number>();
    for (const p of actual) byLabel.set(p.label, Math.max(byLabel.get(p.label) ?? 0, p.value));
    const d = [...byLabel].sort(([a], [b]) => a.localeCompare(b)).map(([l, v], i) => `${i ? 'L' : 'M'}${x(l).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    svg.append(s('path', { d, fill: 'none', stroke: '#2557a7', 'stroke-width': 2 }));
  }
  for (const l of labels) svg.append(s('text', { x: x(l), y: H - PAD.b + 16, 'text-anchor': 'middle' }, l));
  for (const p of pts) {
    const dot = s('circle', { cx: x(p.label), cy: y(p.value), r: 5, fill: p.status === 'actual' ? '#2557a7' : '#fff', stroke: '#2557a7', 'stroke-width': 2, class: `point ${p.status}` },
      s('title', null, `${p.label}: ${fmtNumber(p.value, unit)} (${p.status})`));
    svg.append(p.href ? s('a', { href: p.href }, dot) : dot);
  }
  return svg;
}
