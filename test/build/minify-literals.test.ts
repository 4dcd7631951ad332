import {expect} from '@open-wc/testing';
import {minifyCss, minifyCssLiterals} from '../../tools/minify-css-literals.mjs';

const minify = minifyCssLiterals;

describe('build: literal minification', () => {
  it('collapses whitespace runs with line breaks in html templates, and keeps expressions as written', () => {
    const source = 'const t = html`\n  <ul>\n    ${items.map((i) => html`<li title="${`a  b`}">\n      ${i}\n    </li>`)}\n  </ul>\n`;';
    expect(minify(source)).to.equal('const t = html` <ul> ${items.map((i) => html`<li title="${`a  b`}"> ${i} </li>`)} </ul> `;');
  });

  it('keeps spaces without a line break, escapes, and strings with braces or backticks inside expressions', () => {
    const source = "x = html`<b>a  b</b>\\`${f('}`', \"{\", /* } */ 1)}\n <i>`; y = `\n  keep\n`;";
    expect(minify(source)).to.equal("x = html`<b>a  b</b>\\`${f('}`', \"{\", /* } */ 1)} <i>`; y = `\n  keep\n`;");
  });

  it('leaves tags that only end in html alone', () => {
    const source = 'xhtml`\n  a\n`; html`\n b`';
    expect(minify(source)).to.equal('xhtml`\n  a\n`; html` b`');
  });

  it('drops comments and insignificant whitespace in css, keeping the space before a pseudo-class', () => {
    expect(minifyCss('/* c */ a :hover ,\n b > c {\n  color: red ;\n  --x:  1px;\n}')).to.equal('a :hover,b>c{color:red;--x:1px}');
    expect(minifyCss('a { margin: 0.5rem 10.25rem; opacity: 0.6; box-shadow: 0 4px rgb(0 0 0 / 0.16); --s0.5: x-0.5 }')).to.equal(
      'a{margin:.5rem 10.25rem;opacity:.6;box-shadow:0 4px rgb(0 0 0 / .16);--s0.5:x-0.5}',
    );
  });
});
