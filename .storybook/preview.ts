/// <reference types="vite/client" />
import {setCustomElementsManifest, type ArgTypes, type Preview} from '@storybook/web-components-vite';

interface Named {
  name: string;
}

interface Manifest {
  modules: {declarations?: {cssParts?: Named[]; slots?: Named[]}[]}[];
}

/**
 * Storybook keys its controls table by name, so a part or a slot named like a property (the
 * `used` part of `<license-bar>`, the `label` part and `rule` slot of `<kpi-tile>`) would replace
 * that property's row and control. Shown as `::part(used)` and `slot="rule"`, both rows stay.
 */
function withDistinctNames(manifest: Manifest): Manifest {
  const rename = (items: Named[] | undefined, as: (name: string) => string) =>
    items?.map((item) => (item.name ? {...item, name: as(item.name)} : item));
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        cssParts: rename(declaration.cssParts, (name) => `::part(${name})`),
        slots: rename(declaration.slots, (name) => `slot="${name}"`),
      })),
    })),
  };
}

// The storybook scripts run `npm run analyze` first; a glob instead of a plain import keeps a bare
// `storybook dev` and the typecheck working on a fresh clone where dist/ does not exist yet.
const manifests = import.meta.glob<Manifest>('../dist/custom-elements.json', {eager: true, import: 'default'});
const [manifest] = Object.values(manifests);
if (manifest) setCustomElementsManifest(withDistinctNames(manifest));

/** Table categories the manifest fills that no story renders from args: documented, without a control. */
const DOCUMENTED_ONLY = new Set(['css shadow parts', 'css custom properties', 'slots', 'events']);

const preview: Preview = {
  parameters: {
    controls: {expanded: true},
  },
  argTypesEnhancers: [
    ({argTypes}) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          DOCUMENTED_ONLY.has(String(argType.table?.category)) ? {...argType, control: false} : argType,
        ]),
      ) as ArgTypes,
  ],
};

export default preview;
