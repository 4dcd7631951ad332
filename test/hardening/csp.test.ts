/**
 * Hardening, point 3: the whole `<partner-hub>` under a strict Content-Security-Policy.
 *
 * The page (test/hardening/pages/hub.ts in an iframe) is served by the test server's hardening
 * middleware with the header
 *
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'
 *
 * — no 'unsafe-inline', no 'unsafe-eval' — and records every `securitypolicyviolation` event (and
 * the Reporting API's `csp-violation` reports) from before the kit loads. The test walks every area
 * (charts drawn, the customer detail open on each tab) and expects none. The control cases show
 * the recorder catches what the kit avoids: a `style` attribute (e.g. a Lit `style=${…}` binding,
 * where the kit's `styleProps` sets properties through CSSOM) and a `<style>` element.
 */
import {expect} from '@open-wc/testing';
import {CHART_TAGS, NON_CHART_TAGS, deepElements, describeViolations, hubSettled, inside, openPage, pageUrl, visitEverything, waitUntil, type Page} from './frame.ts';

/** The policy of the issue, verbatim. */
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

describe('strict Content-Security-Policy (Hardening 3)', function () {
  this.timeout(40_000);
  let page: Page;

  before(async () => {
    page = await openPage('strict', 'hub');
  });

  after(() => page?.frame.remove());

  it('serves the page with the strict header and nothing inline in it', async () => {
    const response = await fetch(pageUrl('strict', 'hub'));
    const policy = response.headers.get('content-security-policy');
    expect(policy).to.equal(STRICT);
    expect(policy).not.to.match(/unsafe-(inline|eval)|data:|\*/);
    const source = await response.text();
    // Neither the dev server nor the test runner injected a script (WTR does so into test pages only).
    expect([...source.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).to.deep.equal([
      '<script type="module" src="/test/hardening/pages/hub.ts">',
    ]);
    expect(source).not.to.match(/<style|style=/);
    expect([...page.document.scripts].every((script) => script.src && !script.textContent?.trim())).to.equal(true);
  });

  it('renders the full hub, every area visited, charts and customer detail included, with no violation', async () => {
    const {hub, record} = page;
    await hubSettled(hub, {charts: true});
    const visited = await visitEverything(page, {charts: true});
    expect(visited).to.include.members(['area:calling', 'product:calling', 'kpi-filter', 'list:sort', 'chart:table', 'resources:search']);
    expect(visited.filter((step) => step.startsWith('detail:')).length).to.equal(3);

    // The hub's content is there.
    const root = hub.shadowRoot!;
    const kit = new Set(deepElements(root).map((element) => element.localName).filter((name) => page.window.customElements.get(name)));
    for (const tag of [...NON_CHART_TAGS.slice(1), ...CHART_TAGS]) {
      expect(kit.has(tag), `<${tag}> rendered`).to.equal(true);
    }
    for (const tag of CHART_TAGS) expect(root.querySelector(tag)!.shadowRoot!.querySelector('.plot canvas'), `${tag} drawn`).not.to.equal(null);
    expect(inside(root, 'customer-detail', '[role="tabpanel"]:not([hidden])')?.textContent?.trim()).not.to.equal('');
    expect(inside(root, 'customer-list', '[role="row"][aria-rowindex="2"]')?.textContent?.trim()).not.to.equal('');

    // And nothing was blocked.
    expect(record.violations.length, describeViolations(record.violations)).to.equal(0);
    expect(record.reports, record.reports.slice(0, 5).join('\n')).to.deep.equal([]);
    expect(record.errors, record.errors.join('\n')).to.deep.equal([]);
  });

  describe('control: the recorder catches what the kit avoids', () => {
    it('a style attribute, e.g. a Lit style=${…} binding, is a violation; the kit\'s styleProps is not', async () => {
      const {document: doc, record} = page;
      const {html, render, styleProps} = record.lit!;
      const before = record.violations.length;

      const box = doc.createElement('div');
      doc.body.append(box);
      render(html`<span class="css-om" style=${styleProps({width: '12px'})}></span>`, box);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(record.violations.length, 'styleProps reported a violation').to.equal(before);
      expect(box.querySelector<HTMLElement>('.css-om')!.style.width).to.equal('12px');

      render(html`<span class="attribute" style=${'width: 12px'}></span>`, box);
      await waitUntil(() => record.violations.length > before, 'a style attribute binding went unnoticed');
      expect(record.violations.at(-1)!.directive).to.equal('style-src-attr');
      // The browser did block it.
      expect(box.querySelector<HTMLElement>('.attribute')!.style.width).to.equal('');
      box.remove();
    });

    it('a violation deep inside the hub\'s shadow roots reaches both recorders', async () => {
      const {hub, record} = page;
      const before = {violations: record.violations.length, reports: record.reports.length};
      const cell = inside(hub.shadowRoot!, 'customer-list', '[role="row"][aria-rowindex="2"] [role="gridcell"]')!;
      cell.setAttribute('style', 'outline: 1px solid red');
      await waitUntil(() => record.violations.length > before.violations && record.reports.length > before.reports, 'a violation in a shadow root went unnoticed');
      expect(record.violations.at(-1)).to.include({directive: 'style-src-attr', target: 'div'});
      expect(record.reports.at(-1)).to.contain('style-src-attr');
      cell.removeAttribute('style');
    });

    it('a <style> element is a violation', async () => {
      const {document: doc, record} = page;
      const before = record.violations.length;
      const style = doc.createElement('style');
      style.textContent = 'body { color: red }';
      doc.head.append(style);
      await waitUntil(() => record.violations.length > before, 'a <style> element went unnoticed');
      expect(record.violations.at(-1)!.directive).to.equal('style-src-elem');
      style.remove();
    });
  });
});
