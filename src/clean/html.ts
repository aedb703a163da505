// HTML page -> article body text (paragraphs separated by blank lines) and page metadata from
// meta tags and JSON-LD. The body comes from @mozilla/readability running on a linkedom document.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  /** article body, one paragraph per block separated by blank lines (not yet normalized) */
  readonly body: string;
  readonly title: string | null;
  readonly byline: string | null;
  /** the page's publication time as stated in meta tags / JSON-LD (raw string) */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

type El = {
  nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<El>;
  getAttribute?(n: string): string | null; parentNode?: El | null;
};

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY',
  'TFOOT', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Text of a DOM subtree with block elements as paragraphs (blank line between) and <br> as a newline. */
export function blockText(root: El, opts: { skipCaptions?: boolean; skipLinkLists?: boolean; skipLinkBlocks?: boolean } = {}): string {
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[ \t\f\r]*\n[ \t\f\r]*/g, '\n').replace(/[ \t\f\r]+/g, ' ').trim();
    if (t) paras.push(t);
    cur = '';
  };
  const walk = (node: El, pre: boolean) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.nodeType === 3) {
        const t = k.textContent ?? '';
        cur += pre ? t : t.replace(/[\s]+/g, ' ');
      } else if (k.nodeType === 1) {
        const name = k.nodeName.toUpperCase();
        if (SKIP.has(name)) continue;
        if (name === 'BR') { cur += '\n'; continue; }
        if (opts.skipCaptions && (name === 'FIGCAPTION' || name === 'FIGURE')) continue;
        if (opts.skipLinkLists && name === 'LI' && linkDense(k)) continue;
        if (opts.skipLinkBlocks && (name === 'P' || name === 'DIV' || name === 'H3' || name === 'H4') && (k.textContent ?? '').length < 200 && linkDense(k)) continue;
        if (BLOCK.has(name)) {
          flush();
          walk(k, pre || name === 'PRE');
          flush();
        } else {
          walk(k, pre);
        }
      }
    }
  };
  walk(root, false);
  flush();
  return paras.join('\n\n');
}

/** A list item that is (almost) all link text: a "related stories" entry. */
function linkDense(li: El): boolean {
  const all = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!all) return true;
  let linked = 0;
  const count = (n: El) => {
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.nodeType !== 1) continue;
      if (k.nodeName.toUpperCase() === 'A') linked += (k.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      else count(k);
    }
  };
  count(li);
  return linked / all.length > 0.8;
}

const clean = (s: string | null | undefined): string | null => {
  if (s == null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

interface LdInfo { headline?: string; datePublished?: string; author?: string; publisher?: string; url?: string }

/** Walks JSON-LD blocks (objects, arrays, @graph) for the first article-like fields. */
function jsonLd(doc: any): LdInfo {
  const info: LdInfo = {};
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const nameOf = (v: any): string | undefined => {
    if (!v) return undefined;
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || undefined;
    if (typeof v === 'object' && typeof v.name === 'string') return v.name;
    return undefined;
  };
  const visit = (o: any, depth: number) => {
    if (!o || typeof o !== 'object' || depth > 6) return;
    if (Array.isArray(o)) { for (const x of o) visit(x, depth + 1); return; }
    const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
    const articleLike = /Article|Posting|Report|WebPage|NewsArticle|BlogPosting/i.test(type) || 'datePublished' in o;
    if (articleLike) {
      if (!info.headline && typeof o.headline === 'string') info.headline = o.headline;
      if (!info.datePublished && typeof o.datePublished === 'string') info.datePublished = o.datePublished;
      if (!info.author) info.author = nameOf(o.author);
      if (!info.publisher) info.publisher = nameOf(o.publisher);
      if (!info.url && typeof o.url === 'string') info.url = o.url;
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
    for (const k of ['mainEntity', 'mainEntityOfPage']) if (o[k] && typeof o[k] === 'object') visit(o[k], depth + 1);
  };
  for (const s of scripts) {
    const src = (s.textContent ?? '').trim();
    if (!src) continue;
    try { visit(JSON.parse(src), 0); } catch { /* malformed JSON-LD: ignore */ }
  }
  return info;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_time', 'publication_date',
  'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'originalpublicationdate', 'cxenseparse:recs:publishtime', 'article_date_original',
];

function metaMap(doc: any): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || '').toLowerCase().trim();
    const content = el.getAttribute('content');
    if (key && content && !m.has(key)) m.set(key, content);
  }
  return m;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return null; }
}

const BODY_OPTS = { skipCaptions: true, skipLinkLists: true, skipLinkBlocks: true };

export function htmlToArticle(html: string, givenUrl: string | null = null): HtmlArticle {
  const { document } = parseHTML(html) as any;
  const meta = metaMap(document);
  const ld = jsonLd(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = givenUrl ?? clean(meta.get('og:url')) ?? clean(canonical) ?? clean(ld.url);
  // article:published_time and its og: variants first, then JSON-LD, then the looser meta names
  let published: string | null = null;
  for (const k of PUBLISHED_META.slice(0, 3)) { const v = clean(meta.get(k)); if (v) { published = v; break; } }
  published ??= clean(ld.datePublished);
  if (!published) for (const k of PUBLISHED_META.slice(3)) { const v = clean(meta.get(k)); if (v) { published = v; break; } }
  published ??= clean(document.querySelector('time[itemprop="datePublished"], time[pubdate]')?.getAttribute('datetime'));
  const titleTag = clean(document.querySelector('title')?.textContent);
  const title = clean(meta.get('og:title')) ?? clean(ld.headline) ?? clean(meta.get('twitter:title')) ?? titleTag;
  const metaAuthor = clean(meta.get('author')) ?? clean(meta.get('article:author')) ?? clean(meta.get('byl'));
  const byline0 = clean(ld.author) ?? (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null);
  const outlet = clean(meta.get('og:site_name')) ?? clean(ld.publisher) ?? clean(meta.get('application-name')) ?? hostOf(url);

  let body = '';
  let rbyline: string | null = null;
  try {
    const reader = new Readability(document, { serializer: (el: unknown) => el } as any);
    const art = reader.parse() as any;
    if (art?.content) body = blockText(art.content as El, BODY_OPTS);
    rbyline = clean(art?.byline);
  } catch {
    body = '';
  }
  if (!body) {
    const b = document.body ?? document.documentElement;
    if (b) body = blockText(b as El);
  }
  return { body, title, byline: byline0 ?? rbyline, published, outlet, url };
}
