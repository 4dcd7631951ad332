// Build step for the library outputs: minifies the CSS inside Lit's css`…` literals (comments and
// insignificant whitespace). Lit ships styles as template strings, which neither esbuild nor
// rolldown touch, so without this every element carried its stylesheet as written.
// Used by vite.config.ts (the library builds) and test/tools/size-report.mjs (the per-element
// size check), so the size measured is the size shipped.
//
// Only whitespace CSS ignores goes: runs collapse to one space, and none is kept around
// `{ } ; , >`. Spaces before `:` stay (`a :hover` differs from `a:hover`).

const CSS_LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;
const WIDGET_SOURCE = /[\\/]packages[\\/]widgets[\\/]src[\\/].*\.ts$/;

/** Minifies one literal's text; `${…}` interpolations are kept as they are. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** The css`…` literals of a module's source, minified. */
export function minifyCssLiterals(code) {
  return code.replace(CSS_LITERAL, (_literal, body) => `css\`${minifyCss(body)}\``);
}

/** Vite / rolldown plugin over the kit's widget sources. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'partner-hub:minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!WIDGET_SOURCE.test(id) || !code.includes('css`')) return null;
      return {code: minifyCssLiterals(code), map: null};
    },
  };
}

/** The same as an esbuild plugin (the size check bundles the element entries with esbuild). */
export function minifyCssLiteralsEsbuild() {
  return {
    name: 'partner-hub:minify-css-literals',
    setup(build) {
      build.onLoad({filter: WIDGET_SOURCE}, async ({path}) => {
        const {readFile} = await import('node:fs/promises');
        return {contents: minifyCssLiterals(await readFile(path, 'utf8')), loader: 'ts'};
      });
    },
  };
}
