#!/usr/bin/env node
// `npm run bench`: the core benchmark at 10k, 100k and 1M customers, each in its own Node process
// with a 2 GB heap (table + bench-results/core.json), then the browser list benchmark
// (browser/run-list-bench.mjs) and the hub benchmark (browser/run-hub-bench.mjs). BENCH_SIZES and
// BENCH_SKIP_BROWSER=1 narrow it down.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const outDir = fileURLToPath(new URL('../../bench-results/', import.meta.url));
mkdirSync(outDir, {recursive: true});
const bundle = `${outDir}core-bench.mjs`;
await build({
  entryPoints: [fileURLToPath(new URL('./core-bench.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});

const targets = {analyticsMs: 50, listMs: 10, indexBuildMs: 1000};
const results = [];
for (const customers of sizes) {
  process.stderr.write(`core bench: ${customers.toLocaleString('en')} customers…\n`);
  const run = spawnSync(process.execPath, ['--max-old-space-size=2048', '--expose-gc', bundle, String(customers)], {
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  if (run.status !== 0) {
    results.push({customers, failed: true, error: (run.stderr || `exit ${run.status}`).trim().split('\n').slice(-3).join(' ')});
    continue;
  }
  results.push(JSON.parse(run.stdout.trim().split('\n').at(-1)));
}

const mb = (value) => (value === undefined ? '—' : `${value.toFixed(0)} MB`);
const ms = (value) => (value === undefined ? '—' : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
const rows = [
  ['customers', (r) => r.customers.toLocaleString('en')],
  ['subscriptions', (r) => r.subscriptions?.toLocaleString('en')],
  ['calling weeks', (r) => r.callingWeeks?.toLocaleString('en')],
  ['generate', (r) => ms(r.generateMs)],
  ['validate', (r) => ms(r.validateMs)],
  [`index build (≤ ${targets.indexBuildMs} ms @100k)`, (r) => ms(r.indexBuildMs)],
  [`overviewKpis (≤ ${targets.analyticsMs} ms)`, (r) => ms(r.analyticsMs?.overviewKpis)],
  ['subscriptionAnalytics meetings', (r) => ms(r.analyticsMs?.subscriptionAnalyticsMeetings)],
  ['subscriptionAnalytics calling', (r) => ms(r.analyticsMs?.subscriptionAnalyticsCalling)],
  ['callingAnalytics', (r) => ms(r.analyticsMs?.callingAnalytics)],
  ['listCustomers first query (builds sort)', (r) => ms(r.listCustomers?.firstQueryMs)],
  [`listCustomers search+filter+sort (≤ ${targets.listMs} ms)`, (r) => ms(r.listCustomers?.searchFilterSortMs)],
  ['listCustomers sort by name', (r) => ms(r.listCustomers?.sortByNameMs)],
  ['listCustomers next end desc', (r) => ms(r.listCustomers?.unfilteredNextEndDescMs)],
  ['heap: dataset', (r) => mb(r.memoryMb?.dataset.heap)],
  ['heap: index', (r) => mb(r.memoryMb?.index.heap)],
  ['array buffers: index (outside the heap)', (r) => mb(r.memoryMb?.index.buffers)],
  ['heap: total at the end', (r) => mb(r.memoryMb?.total.heap)],
  ['status', (r) => (r.failed ? `FAILED: ${r.error}` : 'ok')],
];
const table = rows.map(([label, cell]) => [label, ...results.map((r) => String(cell(r) ?? '—'))]);
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));

writeFileSync(`${outDir}core.json`, JSON.stringify({date: new Date().toISOString(), node: process.version, targets, results}, null, 2));
console.log(`\nWrote ${outDir}core.json`);
if (results.some((r) => r.failed)) process.exitCode = 1;

if (process.env.BENCH_SKIP_BROWSER !== '1') {
  console.log('\nBrowser: <customer-list> vs ag-grid-community');
  const list = spawnSync(process.execPath, [fileURLToPath(new URL('./browser/run-list-bench.mjs', import.meta.url))], {stdio: 'inherit'});
  if (list.status !== 0) process.exitCode = 1;
  console.log('\nBrowser: <partner-hub>');
  const hub = spawnSync(process.execPath, [fileURLToPath(new URL('./browser/run-hub-bench.mjs', import.meta.url))], {stdio: 'inherit'});
  if (hub.status !== 0) process.exitCode = 1;
}
