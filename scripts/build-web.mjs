// Builds the dashboard: bundles web/src/main.ts with esbuild into web/dist/app.js and copies
// index.html and the stylesheet. Runs at install (postinstall) and with `npm run build:web`.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildWeb({ quiet = false } = {}) {
  const web = join(root, 'web');
  const dist = join(web, 'dist');
  mkdirSync(dist, { recursive: true });
  const result = await build({
    entryPoints: [join(web, 'src', 'main.ts')],
    outfile: join(dist, 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    write: false,
    logLevel: quiet ? 'silent' : 'warning',
  });
  // each file is written beside its place and renamed, so a running server never reads half a file
  const put = (name, contents) => {
    const tmp = join(dist, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, contents);
    renameSync(tmp, join(dist, name));
  };
  for (const f of result.outputFiles) put('app.js', f.contents);
  put('app.css', readFileSync(join(web, 'style.css')));
  put('index.html', readFileSync(join(web, 'index.html')));
  if (!quiet) console.log('dyad: dashboard built in web/dist');
  return dist;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWeb();
}
