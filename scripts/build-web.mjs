// Builds the dashboard: bundles web/src/main.ts with esbuild into web/dist/app.js and copies
// index.html and the stylesheet. Runs at install (postinstall) and with `npm run build:web`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildWeb({ quiet = false } = {}) {
  const web = join(root, 'web');
  const dist = join(web, 'dist');
  mkdirSync(dist, { recursive: true });
  await build({
    entryPoints: [join(web, 'src', 'main.ts')],
    outfile: join(dist, 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    logLevel: quiet ? 'silent' : 'warning',
  });
  copyFileSync(join(web, 'index.html'), join(dist, 'index.html'));
  copyFileSync(join(web, 'style.css'), join(dist, 'app.css'));
  if (!quiet) console.log('dyad: dashboard built in web/dist');
  return dist;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWeb();
}
