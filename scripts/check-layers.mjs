// Enforces the architecture's import rules (ARCHITECTURE.md, STYLE.md):
//  - src/shared imports nothing from electron, node or the DOM-side code;
//  - src/main/core never imports electron (it must run and be tested in plain Node);
//  - src/renderer never imports src/main or node built-ins;
//  - only src/main/electron and src/preload may import electron.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|tsx|mts)$/.test(name)) files.push(p);
  }
})(join(root, 'src'));

const importRe = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const problems = [];
for (const file of files) {
  const rel = relative(root, file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const isElectron = spec === 'electron' || spec.startsWith('electron/');
    const isNode = spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http'].includes(spec);
    if (rel.startsWith('src/shared/') && (isElectron || isNode || spec.includes('/main/') || spec.includes('/renderer/')))
      problems.push(`${rel}: src/shared must not import "${spec}"`);
    if (isElectron && !rel.startsWith('src/main/electron/') && !rel.startsWith('src/preload/'))
      problems.push(`${rel}: only src/main/electron and src/preload may import electron ("${spec}")`);
    if (rel.startsWith('src/renderer/') && (isNode || isElectron || spec.includes('/main/')))
      problems.push(`${rel}: the renderer must not import "${spec}"`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} layering violation(s).`);
  process.exit(1);
}
console.log(`layers ok (${files.length} files checked)`);
