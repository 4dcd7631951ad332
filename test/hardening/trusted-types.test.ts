/**
 * Hardening, point 4: Trusted Types, on pages served with the header (strict policy of
 * csp.test.ts plus)
 *
 *   require-trusted-types-for 'script'; trusted-types lit-html            (every element but the charts)
 *   require-trusted-types-for 'script'; trusted-types lit-html default    (the charts: README "Trusted Types")
 *
 * Without charts the host creates no policy at all: the only one on the page is Lit's own
 * (`lit-html`, the one name the header allows), and every element — the hub with its overview,
 * subscription sections, calling tables, call queue insights, customer list and detail, resource
 * center — renders and is used with no violation. With charts the page adds README's default
 * policy (empty markup only) and the whole hub, charts drawn, again has no violation; the policy
 * was really needed (echarts asked it to let `''` through). What a chart does *without* that
 * policy (a note, its summary and table still working) is test/widgets/charts-trusted-types.test.ts.
 */
import {expect} from '@open-wc/testing';
import {CHART_TAGS, NON_CHART_TAGS, deepElements, describeViolations, hubSettled, inside, openPage, pageUrl, visitEverything, waitUntil, type Page} from './frame.ts';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

function trustedTypes(page: Page): {defaultPolicy: unknown; createPolicy(name: string, rules: object): unknown} {
  return (page.window as unknown as {trustedTypes: ReturnType<typeof trustedTypes>}).trustedTypes;
}

function renderedTags(page: Page): Set<string> {
  return new Set([page.hub, ...deepElements(page.hub.shadowRoot!)].map((element) => element.localName).filter((name) => page.window.customElements.get(name)));
}

describe('Trusted Types (Hardening 4)', function () {
  this.timeout(40_000);

  describe('every element but the charts, no policy of the host', () => {
    let page: Page;

    before(async () => {
      page = await openPage('tt', 'hub-no-charts');
    });

    after(() => page?.frame.remove());

    it('is served with enforcement and only Lit\'s policy allowed', async () => {
      const response = await fetch(pageUrl('tt', 'hub-no-charts'));
      expect(response.headers.get('content-security-policy')).to.equal(`${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`);
    });

    it('renders and uses every element with no violation, and no policy but Lit\'s', async () => {
      const {hub, record} = page;
      await hubSettled(hub, {charts: false});
      const visited = await visitEverything(page, {charts: false});
      expect(visited).to.include.members(['product:calling', 'kpi-filter', 'list:sort', 'license-bar:detail', 'resources:search']);
      expect(visited.filter((step) => step.startsWith('detail:')).length).to.equal(3);

      const rendered = renderedTags(page);
      for (const tag of NON_CHART_TAGS) expect(rendered.has(tag), `<${tag}> rendered`).to.equal(true);
      // The charts are not registered on this page: their tags stay inert, echarts never loads.
      for (const tag of CHART_TAGS) expect(page.window.customElements.get(tag), tag).to.equal(undefined);
      expect(inside(hub.shadowRoot!, 'customer-detail', '[role="tabpanel"]:not([hidden])')?.textContent?.trim()).not.to.equal('');

      expect(record.violations.length, describeViolations(record.violations)).to.equal(0);
      expect(record.reports, record.reports.slice(0, 5).join('\n')).to.deep.equal([]);
      expect(record.errors, record.errors.join('\n')).to.deep.equal([]);
      expect(record.policies).to.deep.equal(['lit-html']);
      expect(trustedTypes(page).defaultPolicy).to.equal(null);
    });

    describe('control: enforcement is on and the recorder sees it', () => {
      it('markup from a plain string is refused and recorded', async () => {
        const {document: doc, record} = page;
        const before = record.violations.length;
        const div = doc.createElement('div');
        expect(() => (div.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
        await waitUntil(() => record.violations.length > before, 'the refused markup went unnoticed');
        expect(record.violations.at(-1)!.directive).to.equal('require-trusted-types-for');
      });

      it('a policy under another name is refused and recorded', async () => {
        const {record} = page;
        const before = record.violations.length;
        expect(() => trustedTypes(page).createPolicy('my-policy', {createHTML: (html: string) => html})).to.throw();
        await waitUntil(() => record.violations.length > before, 'the refused policy went unnoticed');
        expect(record.violations.at(-1)!.directive).to.equal('trusted-types');
      });
    });
  });

  describe('the whole hub with its charts, README\'s default policy added', () => {
    let page: Page;

    before(async () => {
      page = await openPage('tt-charts', 'hub-charts-tt');
    });

    after(() => page?.frame.remove());

    it('is served with the header README documents', async () => {
      const response = await fetch(pageUrl('tt-charts', 'hub-charts-tt'));
      expect(response.headers.get('content-security-policy')).to.equal(`${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html default`);
    });

    it('draws every chart and renders every element with no violation', async () => {
      const {hub, record} = page;
      await hubSettled(hub, {charts: true});
      await visitEverything(page, {charts: true});

      const rendered = renderedTags(page);
      for (const tag of [...NON_CHART_TAGS, ...CHART_TAGS]) expect(rendered.has(tag), `<${tag}> rendered`).to.equal(true);
      for (const tag of CHART_TAGS) {
        const chart = hub.shadowRoot!.querySelector(tag)!.shadowRoot!;
        expect(chart.querySelector('.plot canvas'), `${tag} drawn`).not.to.equal(null);
        expect(chart.querySelector('.note'), `${tag} without the "could not be drawn" note`).to.equal(null);
      }

      expect(record.violations.length, describeViolations(record.violations)).to.equal(0);
      expect(record.reports, record.reports.slice(0, 5).join('\n')).to.deep.equal([]);
      expect(record.errors, record.errors.join('\n')).to.deep.equal([]);
      expect(record.policies).to.deep.equal(['default', 'lit-html']);
      // The default policy was needed, and only ever asked to let empty markup through.
      expect(record.defaultPolicyInputs.length).to.be.greaterThan(0);
      expect([...new Set(record.defaultPolicyInputs)]).to.deep.equal(['']);
    });
  });
});
