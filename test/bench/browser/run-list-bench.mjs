#!/usr/bin/env node
// Browser benchmark of <customer-list> against ag-grid-community: the same rows, the same steps
// (render, sort by name, 3-letter filter), in headless Chromium, alternating which grid goes
// first, a fresh page per run. Prints medians and our/ag-grid ratios; writes bench-results/list.json.
import {build} from 'esbuild';
import {createServer} from 'node:http';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, HOW_TO_INSTALL, findChrome} from '../../tools/find-chrome.mjs';

const sizes = (process.env.LIST_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const repeats = Number(process.env.LIST_BENCH_REPEATS ?? 3);
const outDir = fileURLToPath(new URL('../../../bench-results/browser/', import.meta.url));
mkdirSync(outDir, {recursive: true});

const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

const grids = {ours: 'ours.ts', agGrid: 'ag-grid.ts'};
for (const [name, entry] of Object.entries(grids)) {
  await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: `${outDir}${name}.js`,
    define: {'process.env.NODE_ENV': '"production"'},
    tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
    logLevel: 'warning',
  });
}

const server = createServer((request, response) => {
  const name = new URL(request.url, 'http://localhost').pathname.slice(1);
  if (name.endsWith('.js')) {
    response.writeHead(200, {'content-type': 'text/javascript'});
    response.end(readFileSync(`${outDir}${name}`));
  } else {
    const grid = name || 'ours';
    response.writeHead(200, {'content-type': 'text/html'});
    response.end(`<!doctype html><html lang="en"><body style="margin:0"><script type="module" src="/${grid}.js"></script></body></html>`);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: chrome,
  args: [...CHROME_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

async function runOnce(grid, customers) {
  const page = await browser.newPage({viewport: {width: 1400, height: 900}});
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}${grid}`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const result = await page.evaluate((n) => window.runBench(n), customers);
  await page.close();
  if (errors.length > 0) result.errors = errors;
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = [];
for (const customers of sizes) {
  const runs = {ours: [], agGrid: []};
  for (let i = 0; i < repeats; i += 1) {
    const order = i % 2 === 0 ? ['ours', 'agGrid'] : ['agGrid', 'ours'];
    for (const grid of order) {
      process.stderr.write(`list bench: ${grid} @ ${customers.toLocaleString('en')} (run ${i + 1}/${repeats})\n`);
      runs[grid].push(await runOnce(grid, customers));
    }
  }
  const summary = {customers};
  for (const grid of Object.keys(runs)) {
    summary[grid] = Object.fromEntries(
      ['renderMs', 'sortMs', 'filterMs', 'domElements', 'heapAddedMb'].map((key) => [key, median(runs[grid].map((run) => run[key]))]),
    );
    summary[grid].allRendered = runs[grid].every((run) => run.rendered);
    summary[grid].errors = runs[grid].flatMap((run) => run.errors ?? []);
  }
  summary.ratio = Object.fromEntries(['renderMs', 'sortMs', 'filterMs'].map((key) => [key, summary.ours[key] / summary.agGrid[key]]));
  results.push(summary);
}
await browser.close();
server.close();

const targets = {renderRatio: 0.3, sortRatio: 0.1, filterRatio: 0.15, domElements: 1000, heapAddedMb: 5};
const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const lines = [
  ['customers', ...results.map((r) => r.customers.toLocaleString('en'))],
  ['render: ours / ag-grid (ms)', ...results.map((r) => `${fmt(r.ours.renderMs)} / ${fmt(r.agGrid.renderMs)}`)],
  [`render ratio (≤ ${targets.renderRatio})`, ...results.map((r) => fmt(r.ratio.renderMs, 2))],
  ['sort by name: ours / ag-grid (ms)', ...results.map((r) => `${fmt(r.ours.sortMs)} / ${fmt(r.agGrid.sortMs)}`)],
  [`sort ratio (≤ ${targets.sortRatio})`, ...results.map((r) => fmt(r.ratio.sortMs, 2))],
  ['3-letter filter: ours / ag-grid (ms)', ...results.map((r) => `${fmt(r.ours.filterMs)} / ${fmt(r.agGrid.filterMs)}`)],
  [`filter ratio (≤ ${targets.filterRatio})`, ...results.map((r) => fmt(r.ratio.filterMs, 2))],
  [`DOM elements: ours / ag-grid (ours ≤ ${targets.domElements})`, ...results.map((r) => `${fmt(r.ours.domElements)} / ${fmt(r.agGrid.domElements)}`)],
  [`heap added MB: ours / ag-grid (ours ≤ ${targets.heapAddedMb})`, ...results.map((r) => `${fmt(r.ours.heapAddedMb, 1)} / ${fmt(r.agGrid.heapAddedMb, 1)}`)],
  ['every step reached its row: ours / ag-grid', ...results.map((r) => `${r.ours.allRendered ? 'yes' : 'NO'} / ${r.agGrid.allRendered ? 'yes' : 'NO'}`)],
];
const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
for (const line of lines) console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
for (const r of results) for (const grid of ['ours', 'agGrid']) if (r[grid].errors.length) console.log(`${grid} @ ${r.customers}: page errors: ${r[grid].errors.join(' | ')}`);

writeFileSync(`${outDir}../list.json`, JSON.stringify({date: new Date().toISOString(), chrome, repeats, targets, results}, null, 2));
console.log(`\nWrote ${outDir}../list.json`);
