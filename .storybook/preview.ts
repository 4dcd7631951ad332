/// <reference types="vite/client" />
import {setCustomElementsManifest, type ArgTypes, type Decorator, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {adoptDocumentTokens} from '../packages/widgets/src/themes/tokens.ts';

interface Named {
  name: string;
}

interface Manifest {
  modules: {declarations?: {cssParts?: Named[]; slots?: Named[]}[]}[];
}

/**
 * The manifest as the controls and API tables should read it (`npm run analyze` already keeps only
 * public members and documented events: custom-elements-manifest.config.mjs), with distinct names.
 * Storybook keys its controls table by name, so a part or a slot named like a
 * property (the `used` part of `<license-bar>`, the `label` part and `rule` slot of `<kpi-tile>`)
 * would replace that property's row and control. Shown as `::part(used)` and `slot="rule"`, both
 * rows stay.
 */
function forStorybook(manifest: Manifest): Manifest {
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
if (manifest) setCustomElementsManifest(forStorybook(manifest));

/** Table categories the manifest fills that no story renders from args: documented, without a control. */
const DOCUMENTED_ONLY = new Set(['css shadow parts', 'css custom properties', 'slots', 'events']);

/** Manifest categories a story can drive, when it renders them from its args. */
const API = new Set(['properties', 'attributes']);

// ---------------------------------------------------------------------------------------------
// Toolbar: locale and theme

/** The kit's UI languages, as the toolbar offers them. */
const LOCALES = [
  {value: 'en', title: 'English', right: 'en'},
  {value: 'de', title: 'Deutsch', right: 'de'},
  {value: 'fr', title: 'Français', right: 'fr'},
  {value: 'sv', title: 'Svenska', right: 'sv'},
  {value: 'ja', title: '日本語', right: 'ja'},
  {value: 'sr', title: 'Srpski', right: 'sr'},
];

const THEMES = [
  {value: 'light', title: 'Light', icon: 'sun'},
  {value: 'dark', title: 'Dark', icon: 'moon'},
  {value: 'auto', title: 'Auto (system)', icon: 'contrast'},
];

/**
 * The canvas takes the theme's surface colour: the whole iframe on a story page (the body carries
 * the theme there), the story's own box in a docs page (whose prose stays on Storybook's page).
 * The kit's tokens are adopted below before any story renders, so the variables always resolve.
 */
const canvasStyles = `
  body.sb-show-main[data-ph-theme] {
    background: var(--ph-color-surface);
    color: var(--ph-color-text);
  }
  .ph-story {
    background: var(--ph-color-surface);
    color: var(--ph-color-text);
  }
  .ph-story--docs {
    padding: var(--ph-space-l);
    border-radius: var(--ph-radius-m);
  }
`;

function installCanvasStyles(): void {
  if (document.getElementById('ph-storybook-canvas')) return;
  const style = document.createElement('style');
  style.id = 'ph-storybook-canvas';
  style.textContent = canvasStyles;
  document.head.append(style);
  adoptDocumentTokens(document);
}

/**
 * Every story inside an element with the toolbar's `lang` and `data-ph-theme`: the kit's elements
 * take their language from the nearest ancestor `lang` (unless they have their own) and their
 * theme from the nearest `data-ph-theme`, so a story that sets either itself keeps it.
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  installCanvasStyles();
  const locale = String(context.globals['locale'] || 'en');
  const theme = String(context.globals['theme'] || 'light');
  const docs = context.viewMode === 'docs';
  // The padding around a story on its own page is the body's: it takes the theme too. A docs page
  // shows several stories on Storybook's light page, so there only each story's box does.
  if (docs) delete document.body.dataset['phTheme'];
  else document.body.dataset['phTheme'] = theme;
  return html`<div class="ph-story ${docs ? 'ph-story--docs' : ''}" lang=${locale} data-ph-theme=${theme}>${story()}</div>`;
};

const preview: Preview = {
  parameters: {
    controls: {expanded: true},
    options: {
      storySort: {
        order: ['Introduction', 'Docs', ['Getting started', 'Embedding', 'Data provider', 'Theming', 'Localisation'], 'Hub', 'Elements', 'Core'],
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the kit: `lang` on the element around every story',
      toolbar: {title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true},
    },
    theme: {
      description: 'Theme of the kit: `data-ph-theme` on the element around every story',
      toolbar: {title: 'Theme', icon: 'mirror', items: THEMES, dynamicTitle: true},
    },
  },
  initialGlobals: {locale: 'en', theme: 'light'},
  decorators: [withLocaleAndTheme],
  argTypesEnhancers: [
    ({argTypes, initialArgs}) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => {
          const category = String(argType.table?.category);
          // Parts, custom properties, slots and events are documentation. A property or attribute
          // gets a control only when the story has an arg of that name, i.e. renders it: a manifest
          // row the story does not pass to the element (the attribute twin of a property, a property
          // the hub sets) would be a control that changes nothing.
          const documentedOnly = DOCUMENTED_ONLY.has(category) || (API.has(category) && !Object.hasOwn(initialArgs ?? {}, name));
          return [name, documentedOnly ? {...argType, control: false} : argType];
        }),
      ) as ArgTypes,
  ],
};

export default preview;
