/// <reference types="vite/client" />
import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';

// The storybook scripts run `npm run analyze` first; a glob instead of a plain import keeps a bare
// `storybook dev` and the typecheck working on a fresh clone where dist/ does not exist yet.
const manifests = import.meta.glob('../dist/custom-elements.json', {eager: true, import: 'default'});
const [manifest] = Object.values(manifests);
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: {expanded: true},
  },
};

export default preview;
