// `npm run check-stories` (after `npm run build-storybook`): opens every story of the static
// Storybook in headless Chromium and fails on what a person would see as broken:
//
// - a console error or an uncaught exception (or unhandled rejection) on the page,
// - Storybook's error display (the story threw while rendering),
// - an empty render: nothing in #storybook-root, or a rendered custom element with an empty shadow root,
// - an axe violation inside #storybook-root (axe's defaults, as `expect(el).to.be.accessible()` in
//   the tests).
//
// Every story runs in the default (light) theme; the hub's stories run in the dark theme as well
// (`--all-themes`: every story in both). The docs entries (the MDX pages and the autodocs pages)
// are opened too, checked for errors and for an empty page, without axe: their prose is Storybook's
// own markup, and every story they show is checked on its own.
//
// A story opts out with `parameters: {storyCheck: {skip: 'why'}}` (reported as skipped, never
// silently). Options: `--filter <text>` (only ids containing it), `--all-themes`, `--no-docs`,
// `--verbose` (one line per entry, with its time); CHECK_STORIES_DEBUG=1 prints each entry's phases.
import {createServer} from 'node:http';
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findChrome, HOW_TO_INSTALL} from '../tools/find-chrome.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = resolve(root, 'storybook-static');
const axePath = resolve(root, 'node_modules/axe-core/axe.min.js');

const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const filter = option('--filter');
const allThemes = argv.includes('--all-themes');
const withDocs = !argv.includes('--no-docs');
const verbose = argv.includes('--verbose');

/** Pages open at once: the machine (and CI) has two cores. */
const PARALLEL = 2;
/** Longest wait for Storybook to finish rendering one entry. */
const RENDER_TIMEOUT_MS = 20_000;
/** The network counts as settled after this long without a request in flight (lazy chunks, echarts). */
const QUIET_MS = 400;
/** Longest wait for the network to settle. */
const SETTLE_TIMEOUT_MS = 10_000;

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
  process.exit(2);
}
if (!existsSync(axePath)) {
  console.error('node_modules/axe-core/axe.min.js not found: run `npm ci` (axe-core comes with @open-wc/testing).');
  process.exit(2);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_INSTALL);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// What to open

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries ?? index.stories ?? {});
const isHub = (entry) => entry.title.startsWith('Hub/');

/** @type {{id: string, title: string, name: string, viewMode: 'story' | 'docs', theme?: string}[]} */
const jobs = [];
for (const entry of entries) {
  if (filter && !entry.id.includes(filter)) continue;
  if (entry.type === 'story') {
    jobs.push({...entry, viewMode: 'story'});
    if (allThemes || isHub(entry)) jobs.push({...entry, viewMode: 'story', theme: 'dark'});
  } else if (entry.type === 'docs' && withDocs) {
    jobs.push({...entry, viewMode: 'docs'});
  }
}

// ---------------------------------------------------------------------------------------------
// A static file server for storybook-static/

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(staticDir, path));
  if (file !== staticDir && !file.startsWith(staticDir + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  // The browser asks for it by itself; Storybook's icon is favicon.svg.
  if (path === '/favicon.ico' && !existsSync(file)) {
    response.writeHead(204).end();
    return;
  }
  if (!existsSync(file)) {
    response.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    return;
  }
  response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600'});
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// In the page

/** Waits for Storybook to finish rendering the entry; resolves to an error text or null. */
function renderDone(viewMode) {
  const preview = window.__STORYBOOK_PREVIEW__;
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent?.trim() || 'Storybook showed its error display';
    return {error: message.split('\n')[0]};
  }
  if (body.classList.contains('sb-show-nopreview')) return {error: 'Storybook found no preview for this entry'};
  if (viewMode === 'story') {
    const phase = preview?.currentRender?.phase;
    if (phase === 'errored') return {error: 'the story render errored'};
    return phase === 'finished' && body.classList.contains('sb-show-main') ? {ok: true} : false;
  }
  const docs = document.querySelector('#storybook-docs');
  return body.classList.contains('sb-show-main') && docs && !docs.hidden && docs.querySelector('.sbdocs') ? {ok: true} : false;
}

/** Waits for every Lit element in the story to finish its update (twice: updates cascade). */
async function elementsSettled() {
  const root = document.querySelector('#storybook-root');
  if (!root) return;
  const all = [];
  const visit = (node) => {
    for (const child of node.children) {
      all.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  for (let round = 0; round < 3; round++) {
    all.length = 0;
    visit(root);
    const updates = all.filter((element) => element.updateComplete instanceof Promise).map((element) => element.updateComplete.catch(() => {}));
    // An update that never completes must not hang the check; the checks below then see its state.
    await Promise.race([Promise.all(updates), new Promise((done) => setTimeout(done, 5_000))]);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }
}

/** For CHECK_STORIES_DEBUG: how much the story rendered, and what is still loading. */
function renderSummary() {
  const all = [];
  const visit = (node) => {
    for (const child of node.children) {
      all.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(document.querySelector('#storybook-root'));
  const loading = all.filter((element) => element.matches(':state(loading)')).map((element) => element.localName);
  const canvases = all.filter((element) => element.localName === 'canvas').length;
  return `${all.length} elements, ${canvases} canvases, loading: ${loading.join(' ') || 'none'}`;
}

/** Why the story's render counts as empty, or null. */
function emptiness() {
  // The story inside the global decorator's wrapper (.storybook/preview.ts), else the whole root.
  const root = document.querySelector('#storybook-root .ph-story') ?? document.querySelector('#storybook-root');
  if (!root) return 'no #storybook-root';
  const hasContent = (node) => [...node.childNodes].some((child) => child.nodeType === Node.ELEMENT_NODE || (child.nodeType === Node.TEXT_NODE && child.textContent.trim()));
  if (!root.querySelector('*') && !root.textContent.trim()) return 'nothing rendered';
  const problems = [];
  const visit = (node) => {
    for (const child of node.children) {
      if (child.localName.includes('-') && child.shadowRoot && child.checkVisibility() && !hasContent(child.shadowRoot)) {
        problems.push(`<${child.localName}> has an empty shadow root`);
      }
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  if (problems.length) return [...new Set(problems)].join('; ');
  // Something must be visible: a story of only hidden or zero-size elements looks empty.
  const visible = [...root.querySelectorAll('*')].some((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  });
  return visible ? null : 'nothing visible in #storybook-root';
}

async function axeViolations() {
  const result = await window.axe.run(document.querySelector('#storybook-root'));
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    count: violation.nodes.length,
  }));
}

function storyCheckParameters() {
  return window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.storyCheck ?? null;
}

// ---------------------------------------------------------------------------------------------
// Runner

const browser = await chromium.launch({executablePath, args: CHROME_FLAGS, headless: true});
/** One context (its own window) per page: two pages of one window take turns at animation frames. */
const newContext = () => browser.newContext({viewport: {width: 1280, height: 900}, reducedMotion: 'reduce', timezoneId: 'UTC'});

const failures = [];
const skipped = [];
let checked = 0;

function label(job) {
  return `${job.id}${job.viewMode === 'docs' ? ' (docs)' : ''}${job.theme ? ` [${job.theme}]` : ''}`;
}

async function checkOne(page, job, state) {
  state.errors = [];
  state.inFlight = 0;
  state.lastActivity = Date.now();
  const problems = [];
  const globals = job.theme ? `&globals=theme:${job.theme}` : '';
  const url = `${origin}/iframe.html?id=${encodeURIComponent(job.id)}&viewMode=${job.viewMode}${globals}`;
  const t0 = Date.now();
  const mark = (what) => process.env.CHECK_STORIES_DEBUG && console.log(`  ${label(job)} ${what} at ${Date.now() - t0} ms, ${state.inFlight} in flight`);
  await page.goto(url, {waitUntil: 'load', timeout: RENDER_TIMEOUT_MS});
  mark('loaded');
  const done = await page
    .waitForFunction(renderDone, job.viewMode, {timeout: RENDER_TIMEOUT_MS, polling: 50})
    .then((handle) => handle.jsonValue())
    .catch(() => ({error: `did not finish rendering within ${RENDER_TIMEOUT_MS / 1000} s`}));
  if (done.error) problems.push(done.error);
  mark('rendered');

  // Lazy chunks (echarts, the in-memory engine, translations) and provider answers: wait until the
  // network has been quiet for a moment and every element has finished updating.
  const settleUntil = Date.now() + SETTLE_TIMEOUT_MS;
  while (Date.now() < settleUntil && (state.inFlight > 0 || Date.now() - state.lastActivity < QUIET_MS)) await page.waitForTimeout(50);
  if (!done.error && job.viewMode === 'story') {
    mark('network quiet');
    await page.evaluate(elementsSettled).catch(() => {});
    mark('elements settled');
    await page.waitForTimeout(100);
    while (Date.now() < settleUntil && (state.inFlight > 0 || Date.now() - state.lastActivity < QUIET_MS)) await page.waitForTimeout(50);
  }

  mark('settled');
  if (process.env.CHECK_STORIES_DEBUG && job.viewMode === 'story') mark(await page.evaluate(renderSummary));
  const storyCheck = job.viewMode === 'story' ? await page.evaluate(storyCheckParameters).catch(() => null) : null;
  if (storyCheck?.skip) {
    skipped.push(`${label(job)}: ${storyCheck.skip}`);
    return null;
  }

  if (!done.error) {
    if (job.viewMode === 'story') {
      const empty = await page.evaluate(emptiness);
      if (empty) problems.push(`empty render: ${empty}`);
      await page.addScriptTag({path: axePath});
      const violations = await page.evaluate(axeViolations);
      mark('axe done');
      for (const violation of violations) {
        problems.push(`axe ${violation.id} (${violation.impact}, ${violation.count} node${violation.count === 1 ? '' : 's'}): ${violation.help} at ${violation.targets.join(', ')}`);
      }
    } else {
      const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent?.trim().length ?? 0);
      if (!text) problems.push('empty docs page');
    }
  }
  // Errors of this entry only (the listeners stay on the page across entries).
  problems.push(...state.errors);
  return problems;
}

async function worker(queue) {
  const context = await newContext();
  const page = await context.newPage();
  const state = {errors: [], inFlight: 0, lastActivity: Date.now()};
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location();
    const where = location?.url ? ` (${location.url.replace(origin, '')}${location.lineNumber ? `:${location.lineNumber}` : ''})` : '';
    state.errors.push(`console error: ${message.text().split('\n')[0]}${where}`);
  });
  page.on('pageerror', (error) => state.errors.push(`uncaught ${error.name || 'error'}: ${String(error.message).split('\n')[0]}`));
  page.on('request', () => {
    state.inFlight++;
    state.lastActivity = Date.now();
  });
  const finished = () => {
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.lastActivity = Date.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', (request) => {
    finished();
    state.errors.push(`request failed: ${request.url().replace(origin, '')} (${request.failure()?.errorText ?? 'unknown'})`);
  });

  for (let job = queue.shift(); job; job = queue.shift()) {
    const started = Date.now();
    let problems;
    try {
      problems = await checkOne(page, job, state);
    } catch (error) {
      problems = [`check crashed: ${String(error?.message ?? error).split('\n')[0]}`];
    }
    if (problems === null) continue;
    checked++;
    const unique = [...new Set(problems)];
    if (unique.length) {
      failures.push({job, problems: unique});
      for (const problem of unique) console.log(`FAIL ${label(job)}: ${problem}`);
    } else if (verbose) {
      console.log(`ok   ${label(job)} (${Date.now() - started} ms)`);
    }
  }
  await context.close();
}

const started = Date.now();
const queue = [...jobs];
try {
  await Promise.all(Array.from({length: Math.min(PARALLEL, queue.length)}, () => worker(queue)));
} finally {
  await browser.close();
  server.close();
}

for (const line of skipped) console.log(`SKIP ${line}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const stories = jobs.filter((job) => job.viewMode === 'story').length;
const docs = jobs.length - stories;
console.log(
  `\n${stories} story renders (${jobs.filter((job) => job.theme).length} of them in the dark theme), ${docs} docs pages, ` +
    `${skipped.length} skipped, ${PARALLEL} pages in parallel, ${seconds} s`,
);
console.log(`stories: ${checked} checked, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
