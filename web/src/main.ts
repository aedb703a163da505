// Dashboard entry: hash routes #/ (graph), #/pair/AZE-RUS, #/doc/12?fact=e3, #/search?q=...
import { h } from './dom.ts';
import { graphPage } from './graph.ts';
import { pairPage } from './pair.ts';
import { docPage } from './doc.ts';
import { searchPage } from './search.ts';

export interface Route { readonly name: string; readonly arg: string; readonly params: URLSearchParams }

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  const [name = '', ...rest] = path.split('/');
  return { name: name || 'graph', arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(query) };
}

const PAGES: Record<string, (root: HTMLElement, r: Route) => Promise<void>> = {
  graph: graphPage, pair: pairPage, doc: docPage, search: searchPage,
};

let generation = 0;

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const root = document.getElementById('app')!;
  const mine = ++generation;
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('header nav a[data-nav]'))) {
    a.classList.toggle('current', a.dataset.nav === route.name);
  }
  const page = PAGES[route.name];
  const view = h('div', { class: 'page', 'data-page': route.name });
  root.replaceChildren(view);
  document.body.dataset.loading = 'true';
  try {
    if (!page) view.append(h('p', { class: 'error' }, `No such page: ${route.name}`));
    else await page(view, route);
  } catch (err) {
    if (mine === generation) view.append(h('p', { class: 'error' }, `Could not load: ${(err as Error).message}`));
  } finally {
    if (mine === generation) document.body.dataset.loading = 'false';
  }
}

document.getElementById('top-search')?.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = (e.target as HTMLFormElement).q.value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', () => { void render(); });
void render();
