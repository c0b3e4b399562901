// Prints what a browser downloads on first load of the portal and of the console (gzipped), and the
// console's per-feature chunks. Fails when the portal exceeds its 200 KB budget.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../apps/web/dist');
const PORTAL_BUDGET_KB = 200;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(path.join(dist, file))).length;

/** The scripts an HTML entry loads up front: its module script, its modulepreloads, and their static imports. */
function firstLoad(html) {
  const text = readFileSync(path.join(dist, html), 'utf8');
  const seen = new Set();
  const queue = [...text.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(dist, file), 'utf8');
    // Static imports only ("from './x.js'" or "import './x.js'"); dynamic import() chunks load later.
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`assets/${m[1]}`);
  }
  const css = [...text.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
  return { js: [...seen], css };
}

const report = (name, html) => {
  const { js, css } = firstLoad(html);
  const jsBytes = js.reduce((s, f) => s + gz(f), 0);
  const cssBytes = css.reduce((s, f) => s + gz(f), 0);
  console.log(
    `${name.padEnd(8)} first load: ${kb(jsBytes)} KB JS + ${kb(cssBytes)} KB CSS (gzip), ${js.length} scripts`,
  );
  return { js, jsBytes };
};

const portal = report('portal', 'index.html');
const consoleLoad = report('console', 'console/index.html');
const lazy = readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('-page') || /-page-[\w-]+\.js$/.test(f))
  .map((f) => ({ f, size: gz(`assets/${f}`) }))
  .sort((a, b) => b.size - a.size);
console.log(
  `console  feature chunks (loaded on demand): ${lazy.map((c) => `${c.f.replace(/-[\w-]{8}\.js$/, '')} ${kb(c.size)} KB`).join(', ')}`,
);
console.log(
  `portal budget: ${kb(portal.jsBytes)} / ${PORTAL_BUDGET_KB} KB = ${((portal.jsBytes / 1024 / PORTAL_BUDGET_KB) * 100).toFixed(0)}%`,
);
void consoleLoad;
if (portal.jsBytes / 1024 > PORTAL_BUDGET_KB) {
  console.error(`portal first load exceeds ${PORTAL_BUDGET_KB} KB`);
  process.exitCode = 1;
}
