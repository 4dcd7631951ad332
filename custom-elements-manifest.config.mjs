// `npm run analyze` (also part of `npm run build`): the custom elements manifest that Storybook's
// controls, editors and integrators read.
// Written to dist/ next to the bundle it describes. `packagejson: false` because the analyzer would
// otherwise add a "customElements" field to the root package.json on every run.
export default {
  globs: ['packages/widgets/src/**/*.ts', 'packages/hub/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
