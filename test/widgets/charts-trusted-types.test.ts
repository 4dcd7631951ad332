/**
 * Charts under Trusted Types enforcement (SPEC §4). echarts' canvas renderer empties its container
 * with `innerHTML = ''`, a sink Trusted Types guards. Without a policy the chart is not drawn but
 * the element keeps working (summary and table); with the documented minimal policy it draws:
 *
 *   Content-Security-Policy: require-trusted-types-for 'script'; trusted-types lit-html default
 *   trustedTypes.createPolicy('default', {createHTML: (html) => { if (html === '') return ''; throw … }})
 *
 * (`lit-html` is Lit's own policy, which every element of the kit needs.) Its own file:
 * enforcement, once on, stays on for the page.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../packages/widgets/src/charts/feature-usage-chart/define.ts';

const FEATURES = {featureUsage: [{feature: 'voicemail', calls: 30}, {feature: 'callQueue', calls: 120}]};

interface TrustedTypesApi {
  createPolicy(name: string, rules: {createHTML: (input: string) => string}): unknown;
}

async function mount(): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 600px">
    <feature-usage-chart .analytics=${FEATURES}></feature-usage-chart>
  </div>`);
  return box.querySelector('feature-usage-chart')!;
}

before(() => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "require-trusted-types-for 'script'; trusted-types lit-html default";
  document.head.append(meta);
});

describe('charts under Trusted Types', () => {
  it('enforcement is on: a plain string cannot be assigned to innerHTML', () => {
    let refused = false;
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
    } catch (error) {
      refused = error instanceof TypeError;
    }
    expect(refused).to.equal(true);
  });

  it('without a policy: no chart, a note, and the summary and table still work', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.note'), 'no note that the chart is missing', {timeout: 15_000});
    expect(root.querySelector('.note')!.textContent).to.contain('The chart could not be drawn');
    expect(root.querySelector('canvas') === null).to.equal(true);
    expect(root.querySelector('.summary')!.textContent).to.contain('Call queue');
    root.querySelector<HTMLButtonElement>('.toggle')!.click();
    await waitUntil(() => root.querySelector('table'), 'no table');
    expect(root.querySelectorAll('tbody tr').length).to.equal(2);
  });

  it('with the minimal default policy: the chart draws and is disposed', async () => {
    (window as unknown as {trustedTypes: TrustedTypesApi}).trustedTypes.createPolicy('default', {
      createHTML: (input) => {
        if (input === '') return '';
        throw new TypeError('Only emptying an element is allowed.');
      },
    });
    const el = await mount();
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.plot canvas'), 'the chart was not drawn', {timeout: 15_000});
    expect(root.querySelector('.note') === null).to.equal(true);
    const container = root.querySelector('.plot')!;
    el.remove();
    expect(container.childElementCount).to.equal(0);
  });
});
