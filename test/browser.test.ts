// The dashboard in a real browser (Debian's chromium through playwright-core): the graph, a pair
// page, a document page with its evidence spans, and a search, over the team-written test store.
// Skipped with a message when /usr/bin/chromium is absent. (scripts/screenshots.mjs makes the
// README's screenshots over the sample corpus.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../src/api/app.ts';
import { openTestDb } from '../src/api/test-data.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('dashboard in chromium: graph, pair page, document page, search, API docs', { timeout: 120_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) { t.skip(`${CHROMIUM} is not installed (apt-get install chromium): browser test skipped`); return; }
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);

  const { db, ids } = openTestDb();
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  const profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
  let browser: BrowserContext | null = null;
  try {
    // a fresh --user-data-dir: playwright passes the profile folder itself
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    });
    const page = browser.pages()[0] ?? await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // a page is ready when the render for the given route has finished: naming the route avoids
    // reading the previous page between a hash change and its hashchange handler
    const ready = (p: Page, route?: string) =>
      p.waitForSelector(`body[data-loading="false"] #app > .page${route ? `[data-page="${route}"]` : ''}`);

    await t.test('graph of states with coloured edges and a period filter', async () => {
      await page.goto(base);
      await ready(page, 'graph');
      assert.equal(await page.locator('svg.graph .node').count(), 4, 'AZE, RUS, ARM, KAZ');
      assert.equal(await page.locator('svg.graph a.edge').count(), 4);
      const coop = await page.locator('a.edge[data-pair="AZE-RUS"] line.vis').getAttribute('stroke');
      const conflict = await page.locator('a.edge[data-pair="ARM-AZE"] line.vis').getAttribute('stroke');
      assert.ok(hue(coop!) > 80, `cooperation is green: ${coop}`);
      assert.ok(hue(conflict!) < 40, `conflict is red: ${conflict}`);
      assert.ok(Number(await page.locator('a.edge[data-pair="AZE-RUS"] line.vis').getAttribute('stroke-width'))
        > Number(await page.locator('a.edge[data-pair="ARM-RUS"] line.vis').getAttribute('stroke-width')), 'wider edge for more events');
      await page.fill('input[name=since]', '2024-04');
      await page.fill('input[name=until]', '2024-04');
      await page.click('#period button[type=submit]');
      await page.waitForFunction(() => location.hash.includes('since=2024-04'));
      await ready(page, 'graph');
      await page.waitForFunction(() => document.querySelectorAll('svg.graph a.edge').length === 2);
      assert.deepEqual((await page.locator('svg.graph a.edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-pair')))).sort(), ['ARM-AZE', 'ARM-RUS']);
    });

    await t.test('pair page: monthly chart, timeline, figure chart, agreements, arms, people', async () => {
      await page.goto(base);
      await ready(page, 'graph');
      await page.locator('a.edge[data-pair="AZE-RUS"]').dispatchEvent('click');
      await page.waitForFunction(() => location.hash === '#/pair/AZE-RUS');
      await ready(page, 'pair');
      assert.equal(await page.locator('h1').textContent(), 'Azerbaijan – Russia');
      assert.equal(await page.locator('svg.month-chart rect.bar').count(), 3);
      assert.equal(await page.locator('.timeline li[data-event]').count(), 6);
      assert.match(await page.locator('.timeline').textContent() ?? '', /Tor-M2 air defence systems/);
      assert.equal(await page.locator('.figure-series[data-metric="trade_turnover"] circle.point').count(), 2);
      assert.match(await page.locator('table.agreements').textContent() ?? '', /roadmap on economic cooperation/);
      assert.match(await page.locator('table.arms').textContent() ?? '', /Tor-M2.*RUS → AZE.*delivered/);
      assert.match(await page.locator('table.people').textContent() ?? '', /Elmar Gasimov.*AZE.*Deputy Prime Minister, President/);
    });

    await t.test('document page: every span highlighted, fact click selects its span and back', async () => {
      await page.click('.timeline li a:has-text("Tor-M2")');
      await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
      await ready(page, 'doc');
      assert.equal(await page.locator('h1').textContent(), 'Azerbaijan and Russia sign an economic roadmap');
      // opened from the timeline: that event's span is the active one
      assert.equal(await page.locator('mark.active').first().textContent(), 'Russia delivered two Tor-M2 air defence systems to Azerbaijan');
      const facts = await page.locator('.facts button[data-fact]').count();
      assert.equal(facts, 8, '3 events, 1 figure, 1 agreement, 1 arms transfer, 2 people');
      await page.click('.facts button:has-text("trade turnover")');
      const active = await page.locator('mark.active').evaluateAll((els) => els.map((e) => e.textContent).join(''));
      assert.equal(active, 'Trade turnover between Azerbaijan and Russia reached $4.3 billion in 2023, up 17 percent.');
      await page.click('mark:has-text("Pavel Orlov")');
      const selected = await page.locator('.facts button.active').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')!.charAt(0)).sort());
      assert.deepEqual(selected, ['e', 'p'], 'the visit event and the person share that span');
      // offsets are UTF-16: spans after an astral-plane flag still land on their words
      await page.goto(`${base}#/doc/${ids.get('transit')}`);
      await ready(page, 'doc');
      await page.click('.facts button:has-text("transit volume")');
      assert.equal(await page.locator('mark.active').evaluateAll((els) => els.map((e) => e.textContent).join('')),
        'Transit of Kazakh oil through Azerbaijan reached 1.5 million tons in 2023.');
    });

    await t.test('search with highlighted snippets', async () => {
      await page.goto(base);
      await ready(page, 'graph');
      await page.fill('#top-search input', 'shelled');
      await page.press('#top-search input', 'Enter');
      await page.waitForFunction(() => location.hash.startsWith('#/search'));
      await ready(page, 'search');
      assert.equal(await page.locator('.results li').count(), 1);
      assert.equal(await page.locator('.results li mark').first().textContent(), 'shelled');
      assert.match(await page.locator('.count').textContent() ?? '', /1 article matches/);
      await page.click('.results li a.title');
      await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
      await ready(page, 'doc');
      assert.equal(await page.locator('h1').textContent(), 'Armenia protests shelling of border villages');
    });

    await t.test('Swagger UI at /docs renders every operation', async () => {
      await page.goto(`${base}docs`);
      await page.waitForSelector('.opblock', { timeout: 30_000 });
      assert.ok(await page.locator('.opblock').count() >= 14);
      assert.match(await page.locator('.info .title').textContent() ?? '', /dyad API/);
    });

    assert.deepEqual(errors, [], 'no errors in the page console');
  } finally {
    await browser?.close();
    await app.close();
    db.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

function hue(color: string): number {
  const m = /hsl\((\d+)/.exec(color);
  return m ? Number(m[1]) : NaN;
}
