// A pair of states: monthly events and score, timeline of events, figure charts,
// agreements and arms tables, people involved.
import { h, badge, scoreColor, signed } from './dom.ts';
import { api, countryNames, typeWeights } from './api.ts';
import { monthBars, lineChart } from './charts.ts';
import type { Route } from './main.ts';

const PAGE = 50;
const who = (e: any) => `${e.actor.join(', ') || '—'} → ${e.recipient.join(', ') || '—'}`;
const table = (cls: string, head: string[], rows: HTMLTableRowElement[], empty: string) =>
  rows.length ? h('table', { class: cls }, h('thead', null, h('tr', null, ...head.map((c) => h('th', null, c)))), h('tbody', null, ...rows))
    : h('p', { class: 'empty' }, empty);

export async function pairPage(root: HTMLElement, route: Route): Promise<void> {
  const pair = route.arg.toUpperCase();
  const [p, names, weights] = await Promise.all([api<any>(`pairs/${encodeURIComponent(pair)}`), countryNames(), typeWeights()]);
  const name = (c: string) => names.get(c) ?? c;
  const q = { pair: p.pair };
  root.append(
    h('h1', null, `${name(p.a)} – ${name(p.b)}`),
    h('p', { class: 'summary' },
      h('span', { class: 'score', style: `color:${scoreColor(p.score)}` }, `score ${signed(p.score)}`), ' · ',
      `${p.events} events`, p.first ? ` from ${p.first} to ${p.last}` : '', ' · ',
      `${p.counts.figures} figures · ${p.counts.agreements} agreements · ${p.counts.arms} arms transfers · `,
      h('a', { href: `/api/export/events.csv?pair=${p.pair}` }, 'events.csv'), ' · ',
      h('a', { href: `/api/export/events.jsonl?pair=${p.pair}` }, 'events.jsonl')));

  root.append(h('div', { class: 'card' }, h('h2', { style: 'margin-top:0' }, 'Events by month'),
    h('p', { class: 'muted' }, 'months with events; bar colour: mean cooperation–conflict weight of the month (red: conflict, green: cooperation)'), monthBars(p.months)));

  const [figures, agreements, arms, people] = await Promise.all([
    api<any>('figures', { ...q, limit: 500 }), api<any>('agreements', { ...q, limit: 100 }),
    api<any>('arms', { ...q, limit: 100 }), api<any>('people', { ...q, limit: 50 }),
  ]);

  const charts = h('div', { class: 'figures' });
  for (const series of figures.series) {
    charts.append(h('div', { class: 'card figure-series', 'data-metric': series.metric },
      h('h2', { style: 'margin-top:0' }, `${series.metric.replace(/_/g, ' ')}${series.unit ? ` (${series.unit})` : ''}`),
      lineChart(series.points.map((pt: any) => ({ label: pt.period ?? pt.sort_date ?? '?', value: pt.value, status: pt.status, href: `#/doc/${pt.document_id}?fact=f${pt.figure_id}` })), series.unit),
      h('p', { class: 'muted' }, 'filled: actual · hollow: target, forecast or capacity · click a point for its article')));
  }
  if (!figures.series.length) charts.append(h('p', { class: 'empty' }, 'No figures for this pair.'));

  const timeline = h('ul', { class: 'timeline' });
  const more = h('button', { type: 'button' }, 'More events');
  let offset = 0;
  const load = async () => {
    const r = await api<any>('events', { ...q, limit: PAGE, offset });
    for (const e of r.items) {
      timeline.append(h('li', { 'data-event': e.id },
        h('span', null, e.date ?? e.sort_date ?? '—'),
        h('span', null, badge(e.type, scoreColor(weights[e.type] ?? 0)), e.status !== 'occurred' ? h('div', { class: 'muted' }, e.status) : null),
        h('span', null, h('div', { class: 'who' }, who(e), e.mode ? ` · ${e.mode}` : '', e.context.length ? ` · ${e.context.join(', ')}` : ''),
          h('a', { href: `#/doc/${e.document_id}?fact=e${e.id}` }, e.evidence.text))));
    }
    offset += r.items.length;
    more.hidden = offset >= r.total;
    if (!r.total) timeline.append(h('li', { class: 'empty' }, 'No events.'));
  };
  more.addEventListener('click', () => { void load(); });
  await load();

  root.append(h('div', { class: 'pair-grid' },
    h('div', null,
      h('div', { class: 'card' }, h('h2', { style: 'margin-top:0' }, 'Timeline'), timeline, more)),
    h('div', null,
      charts,
      h('div', { class: 'card' }, h('h2', { style: 'margin-top:0' }, 'Agreements'), table('agreements', ['Date', 'Agreement', 'Parties', 'Status'],
        agreements.items.map((a: any) => h('tr', null, h('td', null, a.date ?? a.sort_date ?? '—'),
          h('td', null, h('a', { href: `#/doc/${a.document_id}?fact=g${a.id}` }, a.name)), h('td', null, a.parties.join(', ')), h('td', null, a.status))), 'No agreements.')),
      h('div', { class: 'card' }, h('h2', { style: 'margin-top:0' }, 'Arms transfers'), table('arms', ['System', 'Category', 'Supplier → recipient', 'Status'],
        arms.items.map((a: any) => h('tr', null, h('td', null, h('a', { href: `#/doc/${a.document_id}?fact=a${a.id}` }, a.system)),
          h('td', null, a.category ?? '—'), h('td', null, `${a.supplier ?? '?'} → ${a.recipient ?? '?'}`), h('td', null, a.status))), 'No arms transfers.')),
      h('div', { class: 'card' }, h('h2', { style: 'margin-top:0' }, 'People'), table('people', ['Name', 'State', 'Roles', 'Articles'],
        people.items.map((x: any) => h('tr', null, h('td', null, h('a', { href: `#/doc/${x.first_document}` }, x.name)),
          h('td', null, x.country ?? '—'), h('td', null, x.roles.join(', ')), h('td', null, x.documents))), 'No people.')))));
}
