import type {StorybookConfig} from '@storybook/web-components-vite';
import {mergeConfig} from 'vite';

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Telemetry would try the network (offline here, and in CI) and slow every start down.
  core: {disableTelemetry: true},
  // Storybook's own manager and docs chunks are large by design; the warning about them is noise
  // in the CI log. Our bundle has its own budget (test/tools/size-report.mjs).
  viteFinal: (viteConfig) => mergeConfig(viteConfig, {build: {chunkSizeWarningLimit: 1_500}}),
};

export default config;
