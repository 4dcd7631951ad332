// `npm run analyze` (also part of `npm run build`): the custom elements manifest that Storybook's
// controls, editors and integrators read.
// Written to dist/ next to the bundle it describes. `packagejson: false` because the analyzer would
// otherwise add a "customElements" field to the root package.json on every run.

/**
 * The kit registers its elements through `defineElement('tag', Class)` (guarded registration), which
 * the analyzer does not recognise as it does `customElements.define`. Without this the classes get
 * no `tagName`, and Storybook finds no docs or controls for `component: 'license-bar'`.
 */
function defineElementCalls() {
  return {
    name: 'partner-hub: defineElement calls',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !elementClass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(elementClass)) return;
      const specifier = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find(({importClause}) => {
          const bindings = importClause?.namedBindings;
          return bindings && ts.isNamedImports(bindings) && bindings.elements.some(({name}) => name.text === elementClass.text);
        })?.moduleSpecifier.text;
      const module = specifier?.startsWith('.') ? new URL(specifier, `file:///${moduleDoc.path}`).pathname.slice(1) : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {kind: 'custom-element-definition', name: tag.text, declaration: {name: elementClass.text, module}},
      ];
    },
    // The guard's own `customElements.define(tagName, constructor)` is no definition of a tag.
    packageLinkPhase({customElementsManifest}) {
      for (const moduleDoc of customElementsManifest.modules) {
        moduleDoc.exports = moduleDoc.exports?.filter(({kind, name}) => kind !== 'custom-element-definition' || name.includes('-'));
      }
    },
  };
}

/**
 * The manifest describes the public API: private and protected members (and `#private` fields) are
 * implementation, and would otherwise fill Storybook's controls and docs tables.
 */
function publicMembersOnly() {
  return {
    name: 'partner-hub: public members only',
    packageLinkPhase({customElementsManifest}) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          declaration.members &&= declaration.members.filter(({name, privacy}) => !privacy && !name.startsWith('#'));
        }
      }
    },
  };
}

/**
 * Documented events only. Besides the `@fires` tags, the analyzer reads every
 * `dispatchEvent(new SomeEvent(arg))` and takes `arg` for the event's name: `new
 * ProductChangeEvent(product)` in `<product-toggle>` would become an event named `product`, `new
 * KpiActivateEvent(this.kpi)` one without a name. An undocumented event whose class a documented
 * event has is that guess.
 */
function documentedEventsOnly() {
  return {
    name: 'partner-hub: documented events only',
    packageLinkPhase({customElementsManifest}) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (!declaration.events) continue;
          const documented = new Set(declaration.events.filter((event) => event.name && event.description).map((event) => event.type?.text));
          declaration.events = declaration.events.filter((event) => event.name && (event.description || !documented.has(event.type?.text)));
        }
      }
    },
  };
}

export default {
  globs: ['packages/widgets/src/**/*.ts', 'packages/hub/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), publicMembersOnly(), documentedEventsOnly()],
};
