#!/usr/bin/env node
// Browser benchmark of <partner-hub> at 10k customers (HUB_BENCH_SIZES to change): time from
// mounting until the frame that paints the five overview KPIs starts, and from a product toggle
// until every subscription section shows the other product and a frame has painted it. Fresh page per run; prints
// medians and writes bench-results/hub.json.
import {build} from 'esbuild';
import {createServer} from 'node:http';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, HOW_TO_INSTALL, findChrome} from '../../tools/find-chrome.mjs';

const sizes = (process.env.HUB_BENCH_SIZES ?? '10000').split(',').map(Number);
const repeats = Number(process.env.HUB_BENCH_REPEATS ?? 5);
const outDir = fileURLToPath(new URL('../../../bench-results/browser/hub/', import.meta.url));
mkdirSync(outDir, {recursive: true});

const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_INSTALL);
  process.exit(1);
}

// Split like the library build: echarts and the engine in chunks of their own, loaded when used.
await build({
  entryPoints: [fileURLToPath(new URL('hub.ts', import.meta.url))],
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir: outDir,
  define: {'process.env.NODE_ENV': '"production"'},
  tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
  logLevel: 'warning',
});

const server = createServer((request, response) => {
  const name = new URL(request.url, 'http://localhost').pathname.slice(1);
  if (name.endsWith('.js') && existsSync(`${outDir}${name}`)) {
    response.writeHead(200, {'content-type': 'text/javascript'});
    response.end(readFileSync(`${outDir}${name}`));
  } else {
    response.writeHead(200, {'content-type': 'text/html'});
    response.end('<!doctype html><html lang="en"><body style="margin:0"><script type="module" src="/hub.js"></script></body></html>');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({executablePath: chrome, args: CHROME_FLAGS});

async function runOnce(customers) {
  const page = await browser.newPage({viewport: {width: 1400, height: 900}});
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(base);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const result = await page.evaluate((n) => window.runBench(n), customers).catch((error) => ({failed: error.message}));
  await page.close();
  if (errors.length > 0) result.errors = errors;
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const targets = {kpisPaintedMs: 300, toggleMs: 100};
const results = [];
for (const customers of sizes) {
  const runs = [];
  for (let i = 0; i < repeats; i += 1) {
    process.stderr.write(`hub bench: ${customers.toLocaleString('en')} customers (run ${i + 1}/${repeats})\n`);
    runs.push(await runOnce(customers));
  }
  const ok = runs.filter((run) => !run.failed);
  const summary = {customers, runs: runs.length, failures: runs.filter((run) => run.failed).map((run) => run.failed)};
  for (const key of ['indexMs', 'kpisPaintedMs', 'toggleMs', 'domElements']) summary[key] = ok.length ? median(ok.map((run) => run[key])) : NaN;
  summary.errors = runs.flatMap((run) => run.errors ?? []);
  results.push(summary);
}
await browser.close();
server.close();

const fmt = (value) => (Number.isFinite(value) ? value.toFixed(0) : '—');
const lines = [
  ['customers', ...results.map((r) => r.customers.toLocaleString('en'))],
  ['provider index build (ms, before mounting)', ...results.map((r) => fmt(r.indexMs))],
  [`mount → frame painting the overview KPIs (ms, ≤ ${targets.kpisPaintedMs})`, ...results.map((r) => fmt(r.kpisPaintedMs))],
  [`product toggle → sections repainted (ms, ≤ ${targets.toggleMs})`, ...results.map((r) => fmt(r.toggleMs))],
  ['elements in the hub (shadow roots included)', ...results.map((r) => fmt(r.domElements))],
  ['failed runs', ...results.map((r) => String(r.failures.length))],
];
const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
for (const line of lines) console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
for (const r of results) {
  if (r.failures.length) console.log(`@ ${r.customers}: ${r.failures.join(' | ')}`);
  if (r.errors.length) console.log(`@ ${r.customers}: page errors: ${r.errors.join(' | ')}`);
}
writeFileSync(`${outDir}../../hub.json`, JSON.stringify({date: new Date().toISOString(), chrome, repeats, targets, results}, null, 2));
console.log(`\nWrote bench-results/hub.json`);
if (results.some((r) => r.failures.length === r.runs)) process.exitCode = 1;
