import {expect, fixture, html} from '@open-wc/testing';
import {html as litHtml} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import {InMemoryProvider, type OverviewKpis} from '../../packages/core/src/index.ts';
import {ConnectedElement} from '../../packages/widgets/src/internal/connected-element.ts';
import {generateDataset} from '../../packages/core/src/generate.ts';
import {controllableProvider} from '../helpers/fixtures.ts';

@customElement('test-kpi-loader')
class TestKpiLoader extends ConnectedElement {
  @property() label = 'a';
  data = this.loadFromProvider({
    args: () => [this.label] as const,
    load: async (provider, [label], signal) => ({label, kpis: await provider.getOverviewKpis({signal})}),
    isEmpty: (value: {kpis: OverviewKpis}) => value.kpis.totalCustomers === 0,
    timeoutMs: 200,
  });
  override render() {
    return litHtml`<span>${this.data.status}:${this.data.value?.label ?? ''}</span>`;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ProviderData', () => {
  const real = new InMemoryProvider(generateDataset({customers: 30, seed: 3}));

  it('never lets a stale answer overwrite a newer one, and aborts the stale request', async () => {
    const {provider, pending} = controllableProvider(real);
    const el = await fixture<TestKpiLoader>(html`<test-kpi-loader .provider=${provider} label="first"></test-kpi-loader>`);
    el.label = 'second';
    await el.updateComplete;
    await settle();
    expect(pending).to.have.length(2);
    expect(pending[0]!.signal?.aborted).to.equal(true);
    pending[1]!.release();
    await settle();
    await el.updateComplete;
    pending[0]!.release();
    await settle();
    await el.updateComplete;
    expect(el.data.value?.label).to.equal('second');
    expect(el.data.status).to.equal('ready');
  });

  it('shows an error after the timeout and recovers on retry', async () => {
    const {provider, pending} = controllableProvider(real);
    const el = await fixture<TestKpiLoader>(html`<test-kpi-loader .provider=${provider}></test-kpi-loader>`);
    await new Promise((resolve) => setTimeout(resolve, 260));
    await el.updateComplete;
    expect(el.data.status).to.equal('error');
    expect(el.matches(':state(error)')).to.equal(true);
    el.data.retry();
    await settle();
    pending.at(-1)!.release();
    await settle();
    await el.updateComplete;
    expect(el.data.status).to.equal('ready');
    expect(el.matches(':state(error)')).to.equal(false);
  });

  it('keeps the last good value while reloading and reflects loading as a custom state', async () => {
    const {provider, pending} = controllableProvider(real);
    const el = await fixture<TestKpiLoader>(html`<test-kpi-loader .provider=${provider} label="one"></test-kpi-loader>`);
    await settle();
    pending[0]!.release();
    await settle();
    await el.updateComplete;
    el.label = 'two';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.data.status).to.equal('loading');
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(el.data.value?.label).to.equal('one');
  });

  it('aborts on disconnect and loads again on reconnect', async () => {
    const {provider, pending} = controllableProvider(real);
    const el = await fixture<TestKpiLoader>(html`<test-kpi-loader .provider=${provider}></test-kpi-loader>`);
    await settle();
    const parent = el.parentElement!;
    el.remove();
    expect(pending[0]!.signal?.aborted).to.equal(true);
    parent.append(el);
    await settle();
    expect(pending).to.have.length(2);
    pending[1]!.release();
    await settle();
    await el.updateComplete;
    expect(el.data.status).to.equal('ready');
  });
});

export {TestKpiLoader};
