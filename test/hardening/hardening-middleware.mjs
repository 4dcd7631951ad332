// Test-server middleware for the hardening tests (test/hardening/): pages served under a strict
// Content-Security-Policy, and a second copy of the kit's module graph.
//
// 1. `/__csp/<policy>.html?entry=<name>` answers a page with no inline script or style at all,
//    only `<script type="module" src="/test/hardening/pages/<name>.ts">` (compiled by the esbuild
//    plugin like any test module, so bare imports resolve), sent with the header
//    `Content-Security-Policy: <POLICIES[policy]>`. The answer is written here without passing the
//    request on, so no plugin transforms it: nothing (e.g. the dev server's web socket script) is
//    injected into it. The test pages themselves (testRunnerHtml) are not affected.
//
// 2. `/__copy/<mode>/<path>` serves `/<path>` with every relative import left relative, so the
//    browser evaluates the modules a second time under other URLs: a second copy of the kit on the
//    page, as two bundles (or two versions) of it would be.
//    - `full`: everything again, Lit, @lit/* and echarts included (two self-contained bundles).
//    - `kit`: the kit's own modules again, the node_modules ones shared (two builds of the kit
//      on one page over one Lit, as bundlers produce with `dist/packages/*.js`).
import path from 'node:path';
import {getResponseBody} from '@web/dev-server-core';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** The policies a page can be served under. */
export const POLICIES = {
  // Point 3 of "Hardening": no 'unsafe-inline', no 'unsafe-eval', nothing from elsewhere.
  strict: STRICT,
  // Trusted Types enforced, and Lit's own policy the only one any script may create.
  tt: `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
  // README "Trusted Types": what a page with charts allows (Lit's policy and a default policy).
  'tt-charts': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html default`,
};

const PAGE = /^\/__csp\/([a-z-]+)\.html$/;
const ENTRY = /^[a-z][a-z0-9-]*$/;

function cspPage(ctx) {
  const match = PAGE.exec(ctx.path);
  const policy = match && POLICIES[match[1]];
  const entry = String(ctx.query.entry ?? '');
  if (!policy || !ENTRY.test(entry)) {
    ctx.status = 404;
    ctx.body = 'unknown policy or entry';
    return;
  }
  ctx.set('Content-Security-Policy', policy);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>hardening: ${entry} under ${match[1]}</title>
    <script type="module" src="/test/hardening/pages/${entry}.ts"></script>
  </head>
  <body></body>
</html>
`;
}

const COPY = /^\/__copy\/(full|kit)(\/.*)$/;
// Relative module specifiers as esbuild and the node-resolve plugin write them.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.\.?\/[^"'\n]*)\2/g;

async function copiedModule(ctx, next, mode, original) {
  ctx.url = original + (ctx.querystring ? `?${ctx.querystring}` : '');
  // Never a 304 for an answer rewritten below.
  delete ctx.request.headers['if-none-match'];
  delete ctx.request.headers['if-modified-since'];
  await next();
  if (ctx.status !== 200 || !/javascript/.test(ctx.response.type)) return;
  let body = await getResponseBody(ctx);
  if (typeof body !== 'string') return;
  if (mode === 'kit') {
    // Shared third-party modules: point them at the page's first copy.
    const dir = path.posix.dirname(original);
    body = body.replace(SPECIFIER, (whole, before, quote, specifier) => {
      const target = path.posix.resolve(dir, specifier);
      return target.startsWith('/node_modules/') ? `${before}${quote}${target}${quote}` : whole;
    });
  }
  ctx.body = body;
  ctx.remove('ETag');
  ctx.set('Cache-Control', 'no-store');
}

/** The middleware, for `middleware` in web-test-runner.config.mjs. */
export function hardeningMiddleware() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/__csp/')) return cspPage(ctx);
    const copy = COPY.exec(ctx.path);
    if (copy) return copiedModule(ctx, next, copy[1], copy[2]);
    return next();
  };
}
