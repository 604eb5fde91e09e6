// Benchmark (not a test): the gzipped JavaScript the login and inbox pages load from the built web app
// (dist/web, `npm run build:web`). Follows index.html's entry and preloads, then each page chunk's static imports.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'dist/web';
const assets = readdirSync(join(dir, 'assets'));
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]);

function closure(files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, 'assets', file), 'utf8');
    // Static imports only: lazy import() chunks load when their page opens.
    for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(match[1]);
  }
  return seen;
}
const gz = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, 'assets', file))).length, 0);
const page = (prefix) => assets.find((file) => file.startsWith(prefix) && file.endsWith('.js'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const shell = closure(initial);
for (const [name, chunks] of [['login', ['LoginPage-']], ['inbox', ['AppLayout-', 'InboxPage-']]]) {
  const files = closure([...initial, ...chunks.map(page)]);
  process.stdout.write(`${name} page: ${kb(gz(files))} gzipped JavaScript in ${files.size} files (shell ${kb(gz(shell))}; aim ≤ 300 KB)\n`);
}
