// Screenshots of the dashboard over the sample corpus, for the README: docs/screenshots/*.png.
// Usage: node scripts/screenshots.mjs   (needs /usr/bin/chromium; ingests data/sample into a temp store)
import { register } from 'tsx/esm/api';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

register();
const { demoCommand } = await import('../src/cli/commands/demo.ts');
const { startServer } = await import('../src/cli/commands/serve.ts');

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'screenshots');
const tmp = mkdtempSync(join(tmpdir(), 'dyad-shots-'));
const io = { out: () => {}, err: (s) => process.stderr.write(s), stderrIsTTY: false };
const db = join(tmp, 'demo.db');
await demoCommand(['--db', db, '--no-serve'], io);
const server = await startServer(db, { port: 0, host: '127.0.0.1' }, io);
const browser = await chromium.launchPersistentContext(join(tmp, 'profile'), {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  mkdirSync(out, { recursive: true });
  const page = browser.pages()[0] ?? await browser.newPage();
  const shot = async (name, hash, full = true) => {
    await page.goto(server.url + hash);
    await page.waitForSelector('body[data-loading="false"]');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: full });
    console.log(`docs/screenshots/${name}.png  ${hash}`);
  };
  await shot('graph', '#/', false);
  await shot('pair', '#/pair/AZE-RUS');
  const events = await (await fetch(`${server.url}api/events?pair=AZE-RUS&type=AID&limit=1`)).json();
  const ev = events.items[0];
  await shot('document', ev ? `#/doc/${ev.document_id}?fact=e${ev.id}` : '#/doc/1', false);
  await shot('search', '#/search?q=trade%20turnover', false);
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
