// Full-text search over the articles, with highlighted snippets from the API (paged).
import { h, trustedHtml } from './dom.ts';
import { api } from './api.ts';
import type { Route } from './main.ts';

export async function searchPage(root: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'e.g. trade turnover', 'aria-label': 'Search query', style: 'width:22rem' });
  const form = h('form', { class: 'controls', id: 'search-form' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`; });
  root.append(h('h1', null, 'Search articles'), form);
  if (!q.trim()) { root.append(h('p', { class: 'muted' }, 'Type words to find articles; all words must match; end a word with * to match its beginning.')); return; }
  const list = h('ol', { class: 'results' });
  const count = h('p', { class: 'muted count' });
  const more = h('button', { type: 'button' }, 'More results');
  let offset = 0;
  const load = async () => {
    const r = await api<any>('search', { q, limit: 20, offset });
    for (const hit of r.items) {
      list.append(h('li', { 'data-doc': hit.id },
        h('div', null, h('a', { href: `#/doc/${hit.id}`, class: 'title' }, hit.title_html ? trustedHtml(hit.title_html) : hit.doc_key)),
        h('div', { class: 'muted' }, [hit.outlet, hit.published, hit.countries.join(', '), `${hit.events} event${hit.events === 1 ? "" : "s"}`].filter(Boolean).join(' · ')),
        h('div', { class: 'snippet' }, trustedHtml(hit.snippet_html))));
    }
    offset += r.items.length;
    count.textContent = `${r.total} ${r.total === 1 ? 'article matches' : 'articles match'} “${q}”`;
    more.hidden = offset >= r.total;
  };
  more.addEventListener('click', () => { void load(); });
  root.append(count, list, more);
  await load();
}
