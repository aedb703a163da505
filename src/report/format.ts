// Report as readable text: one block per pair of states.
import { createRequire } from 'node:module';
import type { PairReport, Report, Source } from './report.ts';

const require = createRequire(import.meta.url);
const COUNTRIES: { cca3: string; name: { common: string } }[] = require('world-countries');
const NAMES = new Map(COUNTRIES.map((c) => [c.cca3, c.name.common]));
const nameOf = (code: string) => NAMES.get(code) ?? (code === 'IGO' ? 'international organisations' : code);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 4000000000 -> "4,000,000,000"; keeps decimals when the value has them. */
function formatNumber(v: number | null): string {
  if (v === null || v === undefined) return '?';
  return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function sourceLine(s: Source | undefined, indent: string): string[] {
  if (!s) return [];
  const title = s.title ? ` "${s.title}"` : '';
  const evidence = s.evidence.replace(/\s+/g, ' ').trim();
  return [`${indent}  from document ${s.document_id} (${s.doc_key})${title}, ${s.published ?? 'undated'}`, `${indent}  evidence: ${evidence}`];
}

export function formatPair(p: PairReport, withEvidence: boolean): string {
  const t = p.totals;
  const out = [
    `== ${p.pair}  ${nameOf(p.a)} - ${nameOf(p.b)}`,
    `   ${plural(p.documents, 'document')}: ${plural(t.events, 'event')}, ${plural(t.figures, 'figure')}, ${plural(t.agreements, 'agreement')}, ${plural(t.arms, 'arms transfer')}`,
  ];
  if (p.eventsByYear.length) {
    out.push('', '   Events by year (occurred or announced):');
    for (const y of p.eventsByYear) {
      out.push(`     ${y.year.padEnd(8)} ${Object.entries(y.counts).map(([k, n]) => `${k} ${n}`).join('  ')}`);
    }
  }
  if (withEvidence && p.latestEvents.length) {
    out.push('', '   Latest events:');
    for (const e of p.latestEvents) {
      out.push(`     ${(e.date ?? 'undated').padEnd(10)} ${e.type}${e.mode ? `/${e.mode}` : ''} ${e.actor.join('+') || '-'} -> ${e.recipient.join('+') || '-'}${e.status === 'occurred' ? '' : ` (${e.status})`}`);
      out.push(...sourceLine(e.source, '     '));
    }
  }
  if (p.figures.length) {
    out.push('', '   Latest figures:');
    for (const f of p.figures) {
      const dir = f.from || f.to ? ` ${f.from ?? '?'} -> ${f.to ?? '?'}` : '';
      const change = f.change_pct !== null ? ` (${f.change_pct > 0 ? '+' : ''}${f.change_pct}%)` : '';
      const reports = f.reports > 1 ? `  [latest of ${f.reports}]` : '';
      const parts = [`${f.metric}${dir}:`, formatNumber(f.value), f.unit, f.period ?? '(no period)', `${f.status}${change}${reports}`];
      out.push(`     ${parts.filter(Boolean).join(' ')}`);
      out.push(...sourceLine(f.source, '     '));
    }
  }
  if (p.agreements.length) {
    out.push('', '   Agreements:');
    for (const a of p.agreements) {
      out.push(`     ${(a.date ?? 'undated').padEnd(10)} ${a.name} (${a.status})${a.reports > 1 ? `  [${a.reports} reports]` : ''}`);
      out.push(...sourceLine(a.source, '     '));
    }
  }
  if (p.arms.length) {
    out.push('', '   Arms transfers:');
    for (const a of p.arms) {
      out.push(`     ${a.supplier ?? '?'} -> ${a.recipient ?? '?'}  ${a.system}${a.category ? ` (${a.category})` : ''} ${a.status}${a.date ? ` ${a.date}` : ''}${a.reports > 1 ? `  [${a.reports} reports]` : ''}`);
      out.push(...sourceLine(a.source, '     '));
    }
  }
  if (p.people.length) {
    out.push('', '   People:');
    for (const h of p.people) {
      out.push(`     ${h.name} (${h.country ?? '?'})${h.role ? ` ${h.role}` : ''}  [${plural(h.documents, 'document')}]`);
      out.push(...sourceLine(h.source, '     '));
    }
  }
  return out.join('\n') + '\n';
}

export function formatReport(r: Report, withEvidence: boolean): string {
  const f = r.filter;
  const scope = [f.pair ? `pair ${f.pair}` : null, f.country ? `country ${f.country}` : null, f.since ? `since ${f.since}` : null, f.until ? `until ${f.until}` : null].filter(Boolean);
  const head = `dyad report${scope.length ? ` (${scope.join(', ')})` : ''}: ${plural(r.pairs.length, 'pair')} of states\n`;
  if (!r.pairs.length) return head + 'nothing stored matches.\n';
  return head + '\n' + r.pairs.map((p) => formatPair(p, withEvidence)).join('\n');
}
