// Build step for the library outputs: minifies the CSS inside Lit's css`…` literals (comments and
// insignificant whitespace). Lit ships styles as template strings, which neither esbuild nor
// rolldown touch, so without this every element carried its stylesheet as written.
// Used by vite.config.ts (the library builds) and test/tools/size-report.mjs (the per-element
// size check), so the size measured is the size shipped.
//
// Only whitespace CSS ignores goes: runs collapse to one space, and none is kept around
// `{ } ; , >` or after `:`, nor a leading zero before a decimal point. Spaces before `:` stay
// (`a :hover` differs from `a:hover`).

const CSS_LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;
const WIDGET_SOURCE = /[\\/]packages[\\/](?:widgets|hub)[\\/]src[\\/].*\.ts$/;

/** Minifies one literal's text; `${…}` interpolations are kept as they are. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    // 0.5rem → .5rem (only a standalone zero: not 10.5, not a name ending in 0).
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();
}

/** The css`…` literals of a module's source minified, and the markup of its html`…` literals. */
export function minifyCssLiterals(code) {
  return minifyHtmlLiterals(code.replace(CSS_LITERAL, (_literal, body) => `css\`${minifyCss(body)}\``));
}

/**
 * Lit html`…` templates keep their source indentation; every whitespace run that holds a line
 * break becomes one space, which renders the same wherever white-space collapses (the kit's
 * templates have no <pre> or <textarea>). `${…}` expressions are skipped, nested templates
 * included, by a scanner that follows strings, comments and braces.
 */
export function minifyHtmlLiterals(code) {
  let out = '';
  let i = 0;
  for (;;) {
    const start = code.indexOf('html`', i);
    if (start < 0) return out + code.slice(i);
    out += code.slice(i, start + 5);
    i = start + 5;
    // Another tag that ends in "html" (`xhtml\``) is not Lit's.
    if (start > 0 && /[\w$]/.test(code[start - 1])) continue;
    // The literal's static parts are collapsed; its expressions are copied as written.
    for (;;) {
      let text = '';
      while (i < code.length && code[i] !== '`' && !(code[i] === '$' && code[i + 1] === '{')) {
        if (code[i] === '\\') {
          text += code.slice(i, i + 2);
          i += 2;
        } else text += code[i++];
      }
      out += text.replace(/\s*\n\s*/g, ' ');
      if (i >= code.length || code[i] === '`') {
        out += '`';
        i += 1;
        break;
      }
      const end = skipExpression(code, i + 2);
      out += minifyHtmlLiterals(code.slice(i, end));
      i = end;
    }
  }
}

/** Index just past the `}` closing an expression that starts at `from` (inside `${`). */
function skipExpression(code, from) {
  let depth = 1;
  let i = from;
  while (i < code.length) {
    const c = code[i];
    if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    } else if (c === "'" || c === '"') {
      i += 1;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
    } else if (c === '`') {
      i = skipTemplate(code, i + 1) - 1;
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i += 1;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 1;
    }
    i += 1;
  }
  return i;
}

/** Index just past the closing backtick of a template whose text starts at `from`. */
function skipTemplate(code, from) {
  let i = from;
  while (i < code.length && code[i] !== '`') {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '$' && code[i + 1] === '{') i = skipExpression(code, i + 2);
    else i += 1;
  }
  return i + 1;
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
