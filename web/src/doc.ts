// A document: the article with every evidence span highlighted and linked to its fact;
// the facts beside it (click a fact: its span is highlighted and scrolled to; click a span: its facts).
import { h, badge, scoreColor, fmtNumber } from './dom.ts';
import { api, typeWeights } from './api.ts';
import type { Route } from './main.ts';

interface Span { start: number; end: number; text: string }
interface FactView { key: string; kind: string; label: string; spans: Span[]; color?: string }

function factViews(d: any, weights: Record<string, number>): FactView[] {
  const f = d.facts;
  return [
    ...f.events.map((e: any) => ({
      key: `e${e.id}`, kind: 'Events', color: scoreColor(weights[e.type] ?? 0),
      label: `${e.type} ${e.actor.join(', ') || '—'} → ${e.recipient.join(', ') || '—'}${e.date ? ' · ' + e.date : ''}${e.status !== 'occurred' ? ' · ' + e.status : ''}`,
      spans: [e.evidence, ...e.spans.filter((s: Span) => s.start !== e.evidence.start || s.end !== e.evidence.end)],
    })),
    ...f.figures.map((x: any) => ({ key: `f${x.id}`, kind: 'Figures', label: `${x.metric.replace(/_/g, ' ')} ${fmtNumber(x.value, x.unit)}${x.period ? ' · ' + x.period : ''} · ${x.status}${x.change_pct != null ? ` · ${x.change_pct}%` : ''}`, spans: [x.evidence] })),
    ...f.agreements.map((x: any) => ({ key: `g${x.id}`, kind: 'Agreements', label: `${x.name} [${x.parties.join(', ')}] · ${x.status}`, spans: [x.evidence] })),
    ...f.arms.map((x: any) => ({ key: `a${x.id}`, kind: 'Arms', label: `${x.system} (${x.category ?? '?'}) ${x.supplier ?? '?'} → ${x.recipient ?? '?'} · ${x.status}`, spans: [x.evidence] })),
    ...f.people.map((x: any) => ({ key: `p${x.id}`, kind: 'People', label: `${x.name}${x.role ? ', ' + x.role : ''}${x.country ? ' (' + x.country + ')' : ''}`, spans: [x.evidence] })),
  ];
}

/** Splits the text at every span boundary; each piece knows the facts whose spans cover it. */
export function segments(text: string, facts: readonly FactView[]): { start: number; end: number; keys: string[] }[] {
  const cuts = new Set([0, text.length]);
  for (const f of facts) for (const s of f.spans) { cuts.add(Math.max(0, Math.min(s.start, text.length))); cuts.add(Math.max(0, Math.min(s.end, text.length))); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!, end = bounds[i + 1]!;
    const keys = facts.filter((f) => f.spans.some((s) => s.start <= start && s.end >= end)).map((f) => f.key);
    out.push({ start, end, keys });
  }
  return out;
}

export async function docPage(root: HTMLElement, route: Route): Promise<void> {
  const [d, weights] = await Promise.all([api<any>(`documents/${encodeURIComponent(route.arg)}`), typeWeights()]);
  const facts = factViews(d, weights);
  const article = h('div', { class: 'article card', id: 'article' });
  for (const seg of segments(d.text, facts)) {
    const piece = d.text.slice(seg.start, seg.end);
    article.append(seg.keys.length ? h('mark', { 'data-facts': seg.keys.join(' '), tabindex: 0, title: `${seg.keys.length} fact(s): click to show` }, piece) : piece);
  }
  const buttons = new Map<string, HTMLButtonElement>();
  const select = (keys: string[], scroll: 'span' | 'fact' | null) => {
    for (const m of Array.from(article.querySelectorAll('mark'))) m.classList.toggle('active', keys.some((k) => m.dataset.facts!.split(' ').includes(k)));
    for (const [k, b] of buttons) b.classList.toggle('active', keys.includes(k));
    if (scroll === 'span') article.querySelector('mark.active')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (scroll === 'fact' && keys[0]) buttons.get(keys[0])?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  const pick = (e: Event) => {
    const m = (e.target as HTMLElement).closest('mark');
    if (m) select(m.dataset.facts!.split(' '), 'fact');
  };
  article.addEventListener('click', pick);
  article.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(e); } });

  const side = h('aside', { class: 'facts card' });
  for (const kind of ['Events', 'Figures', 'Agreements', 'Arms', 'People']) {
    const list = facts.filter((f) => f.kind === kind);
    if (!list.length) continue;
    side.append(h('h2', { style: 'margin-top:0' }, `${kind} (${list.length})`), h('ul', null, ...list.map((f) => {
      const b = h('button', { type: 'button', 'data-fact': f.key, onclick: () => select([f.key], 'span') },
        f.kind === 'Events' ? badge(f.label.split(' ')[0]!, f.color!) : null, ' ', f.kind === 'Events' ? f.label.split(' ').slice(1).join(' ') : f.label);
      buttons.set(f.key, b);
      return h('li', null, b);
    })));
  }
  if (!facts.length) side.append(h('p', { class: 'empty' }, 'No facts were extracted from this article.'));

  root.append(
    h('h1', null, d.title ?? d.doc_key),
    h('p', { class: 'muted meta' }, [d.outlet, d.published ?? 'no date', d.byline].filter(Boolean).join(' · '), ' · ',
      d.url ? h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'source') : String(d.source).split(/[\\/]/).pop(),
      d.countries.length ? ' · states: ' : '', ...d.countries.flatMap((c: string, i: number) => [i ? ', ' : '', c])),
    h('div', { class: 'doc-wrap' }, article, side));
  const want = route.params.get('fact');
  if (want && buttons.has(want)) select([want], 'span');
}
