#!/usr/bin/env node
// The last step of `npm run build`: prints the raw and gzip size of every built script in dist/
// and fails when a file exceeds its budget, so a size regression breaks the build, not a host page.
import {build} from 'esbuild';
import {readdirSync, readFileSync, existsSync} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';
import {minifyCssLiteralsEsbuild} from '../../tools/minify-css-literals.mjs';

/**
 * Size budgets of built files (gzip, kB = 1,000 bytes), by a pattern on the path (chunk names carry
 * a content hash). A budgeted file that is missing fails the build too.
 *
 * dist/partner-hub.js is everything of the kit but the charts' echarts, dataset generator and
 * validator included (what the one-script-tag page gets); echarts is the chunk it loads when a
 * chart first renders.
 */
const budgets = [
  {file: 'dist/partner-hub.js', match: /^dist\/partner-hub\.js$/, maxGzipKb: 80},
  {file: 'dist/ chart chunk (echarts)', match: /^dist\/[^/]*echarts[^/]*\.js$/, maxGzipKb: 200},
];

/**
 * What a host pays for one element on its own, Lit included: the element's entry bundled and
 * minified by esbuild as a host's bundler would, with the CSS-literal minification the library
 * build applies, measured in memory. (Bundling the built dist/packages entry instead would count
 * every export of the shared chunks it imports, which a host's tree-shaking drops.)
 */
const entryBudgets = [
  // 26.5: the per-element message runtime (lit-localize's msg lookup with its id hashing, and the
  // catalogue loader) added 0.9 kB when the kit became translated (catalogues load on demand), the
  // shape check of provider answers (internal/checked-answer.ts) 0.4 kB.
  {entry: 'packages/widgets/src/customer-list/define.ts', name: 'customer-list (with lit)', maxGzipKb: 26.5},
  // <partner-hub> and every element, lit and the in-memory provider included, without the charts'
  // echarts chunk (loaded on first chart render) and without the dataset generator (demo/test data).
  {entry: 'packages/hub/src/define.ts', name: 'partner-hub without charts (with lit)', maxGzipKb: 60},
];

/**
 * What an entry loads up front: modules it imports dynamically (the charts' echarts runtime, the
 * in-memory engine of `partnerDataset`) arrive later and only when used, so they are left out.
 */
const loadedLater = {
  name: 'loaded-later',
  setup(build) {
    build.onResolve({filter: /.*/}, (args) => (args.kind === 'dynamic-import' ? {path: args.path, external: true} : undefined));
  },
};

const distDir = 'dist';

function scriptsUnder(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scriptsUnder(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

if (!existsSync(distDir)) {
  console.error(`size-report: ${distDir}/ does not exist; run the build first.`);
  process.exit(1);
}

const kb = (bytes) => (bytes / 1000).toFixed(1);
const rows = scriptsUnder(distDir)
  .sort()
  .map((path) => {
    const source = readFileSync(path);
    return {file: relative('.', path), bytes: source.length, gzipBytes: gzipSync(source, {level: 9}).length};
  });

const width = Math.max(...rows.map((row) => row.file.length), 'file'.length);
console.log(`\n${'file'.padEnd(width)}  ${'size kB'.padStart(9)}  ${'gzip kB'.padStart(9)}  budget kB`);
for (const row of rows) {
  const budget = budgets.find((entry) => entry.match.test(row.file));
  console.log(
    `${row.file.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${kb(row.gzipBytes).padStart(9)}  ${budget ? budget.maxGzipKb : ''}`,
  );
}

const entryRows = [];
for (const {entry, name, maxGzipKb} of entryBudgets) {
  if (!existsSync(entry)) {
    entryRows.push({file: name, missing: true, maxGzipKb});
    continue;
  }
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: {'process.env.NODE_ENV': '"production"'},
    plugins: [minifyCssLiteralsEsbuild(), loadedLater],
    logLevel: 'silent',
  });
  const source = result.outputFiles[0].contents;
  entryRows.push({file: name, bytes: source.length, gzipBytes: gzipSync(source, {level: 9}).length, maxGzipKb});
}
for (const row of entryRows.filter((entry) => !entry.missing)) {
  console.log(`${row.file.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${kb(row.gzipBytes).padStart(9)}  ${row.maxGzipKb}`);
}

const problems = [...budgets, ...entryRows].flatMap(({file, match, maxGzipKb}) => {
  const row = match ? rows.find((entry) => match.test(entry.file)) : entryRows.find((entry) => entry.file === file && !entry.missing);
  if (!row) return [`${file}: missing from the build output`];
  if (row.gzipBytes > maxGzipKb * 1000) return [`${file}: ${kb(row.gzipBytes)} kB gzip, over its ${maxGzipKb} kB budget`];
  return [];
});

if (problems.length > 0) {
  console.error(`\nSize budget exceeded:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
