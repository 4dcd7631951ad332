/**
 * One Vite config, three uses, picked by `--mode` from the npm scripts:
 *
 * - `demo`      `npm start`: serves packages/demo.
 * - `bundle`    `npm run build`: dist/partner-hub.js, one self-contained minified ES module
 *               (lit included) for a plain `<script type="module">`, and beside it the echarts
 *               chunk it imports when a chart first renders.
 * - `packages`  `npm run build`: dist/packages/<name>.js, ES entries with lit and echarts left
 *               external so a host's bundler dedupes them.
 *
 * Any other mode (Storybook merges this file with `development`/`production`) gets no root and no
 * library settings, so Storybook keeps its own.
 */
import {fileURLToPath} from 'node:url';
import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {minifyCssLiteralsPlugin} from './tools/minify-css-literals.mjs';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Output name → source entry of the per-package build; a new entry point is one line here. */
const packageEntries: Record<string, string> = {
  core: fromRoot('packages/core/src/index.ts'),
  widgets: fromRoot('packages/widgets/src/index.ts'),
  hub: fromRoot('packages/hub/src/index.ts'),
  'partner-hub': fromRoot('packages/hub/src/define.ts'),
  // One element each, registering it: what a page that needs only that element imports.
  'customer-list': fromRoot('packages/widgets/src/customer-list/define.ts'),
  'customer-detail': fromRoot('packages/widgets/src/customer-detail/define.ts'),
  'kpi-tile': fromRoot('packages/widgets/src/kpi-tile/define.ts'),
  'license-bar': fromRoot('packages/widgets/src/license-bar/define.ts'),
  'hub-overview': fromRoot('packages/widgets/src/hub-overview/define.ts'),
  'product-toggle': fromRoot('packages/widgets/src/product-toggle/define.ts'),
  'subscription-section': fromRoot('packages/widgets/src/subscription-section/define.ts'),
  'calling-usage-table': fromRoot('packages/widgets/src/calling-usage-table/define.ts'),
  'call-quality-table': fromRoot('packages/widgets/src/call-quality-table/define.ts'),
  'call-queue-insights': fromRoot('packages/widgets/src/call-queue-insights/define.ts'),
  'data-freshness': fromRoot('packages/widgets/src/data-freshness/define.ts'),
  'resource-center': fromRoot('packages/widgets/src/resource-center/define.ts'),
  'license-trend-chart': fromRoot('packages/widgets/src/charts/license-trend-chart/define.ts'),
  'calling-usage-chart': fromRoot('packages/widgets/src/charts/calling-usage-chart/define.ts'),
  'call-quality-chart': fromRoot('packages/widgets/src/charts/call-quality-chart/define.ts'),
  'endpoint-quality-chart': fromRoot('packages/widgets/src/charts/endpoint-quality-chart/define.ts'),
  'feature-usage-chart': fromRoot('packages/widgets/src/charts/feature-usage-chart/define.ts'),
};

/**
 * The one-file bundle exports the in-memory engine anyway, so `<partner-hub>`'s lazy import of it
 * (which spares hosts on their own provider the download) becomes a static one there: otherwise
 * the engine would land in a chunk of its own beside dist/partner-hub.js.
 */
function engineInBundle(): Plugin {
  const lazyImport = "import('./dataset-provider.ts')";
  return {
    name: 'partner-hub:engine-in-bundle',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/packages/hub/src/partner-hub.ts') || !code.includes(lazyImport)) return null;
      return {
        code: `import * as datasetProviderModule from './dataset-provider.ts';\n${code.replace(lazyImport, 'Promise.resolve(datasetProviderModule)')}`,
        map: null,
      };
    },
  };
}

/** Left to the host's bundler in the per-package build, so a page never loads two copies. */
const sharedDependencies = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^echarts(\/|$)/];

function configFor(mode: string): UserConfig {
  switch (mode) {
    case 'demo':
      return {
        root: fromRoot('packages/demo'),
        // Vite's cache would otherwise land in packages/demo/node_modules.
        cacheDir: fromRoot('node_modules/.vite/demo'),
        // A fixed port so the README's URL is the one that works; a busy port fails loudly.
        server: {port: 5173, strictPort: true},
      };
    case 'bundle':
      return {
        plugins: [minifyCssLiteralsPlugin(), engineInBundle()],
        // echarts reads process.env.NODE_ENV at import time; a browser page has no `process`.
        define: {'process.env.NODE_ENV': '"production"'},
        build: {
          outDir: fromRoot('dist'),
          emptyOutDir: true,
          lib: {entry: fromRoot('packages/hub/src/index.ts'), formats: ['es'], fileName: () => 'partner-hub.js'},
          rolldownOptions: {
            // Lit and the runtime stay in partner-hub.js, which then also exports them (under
            // mangled names) to the chunks it loads later — the language catalogues and echarts.
            // Library mode's default ('strict') would move every module they share into a chunk
            // of its own that partner-hub.js must import before it can run.
            preserveEntrySignatures: 'allow-extension',
            // Vite's library mode leaves ES output unminified unless asked. The charts' echarts
            // runtime stays a separate file beside it, loaded when a chart first renders.
            output: {minify: true, chunkFileNames: 'partner-hub-[name]-[hash].js'},
          },
        },
      };
    case 'packages':
      return {
        plugins: [minifyCssLiteralsPlugin()],
        build: {
          outDir: fromRoot('dist/packages'),
          // Only dist/packages is emptied: the bundle built just before lives one level up.
          emptyOutDir: true,
          lib: {entry: packageEntries, formats: ['es'], fileName: (_format, entryName) => `${entryName}.js`},
          rolldownOptions: {
            external: sharedDependencies,
            // Code shared by several entries (hub re-exports core) goes to chunks/, out of the way.
            output: {chunkFileNames: 'chunks/[name]-[hash].js'},
          },
        },
      };
    default:
      return {};
  }
}

export default defineConfig(({mode}) => configFor(mode));
