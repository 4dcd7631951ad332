/**
 * echarts is loaded only when a chart is drawn: importing the kit's elements, chart elements
 * included, downloads none of it. Its own file, so that no other test has drawn a chart before.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../packages/widgets/src/kpi-tile/define.ts';
import '../../packages/widgets/src/charts/define.ts';

// echarts/core alone is hundreds of modules: room for all of their timing entries.
performance.setResourceTimingBufferSize(100_000);

function loaded(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
}

const ECHARTS = /\/node_modules\/(echarts|zrender)\//;

describe('lazy echarts', () => {
  it('is not downloaded by importing the elements, nor by a page with only a KPI tile', async () => {
    await fixture(html`<kpi-tile label="Customers" .value=${12}></kpi-tile>`);
    // The list is complete up to the chart modules: they were imported, echarts was not.
    expect(loaded(/\/charts\/chart-controller\.ts/).length).to.equal(1);
    expect(loaded(/\/charts\/feature-usage-chart\/feature-usage-chart\.ts/).length).to.equal(1);
    expect(loaded(ECHARTS)).to.deep.equal([]);
    expect(loaded(/echarts-runtime/)).to.deep.equal([]);
  });

  it('nor by a chart that shows its loading, empty or table state', async () => {
    await fixture(html`<div style="width: 600px">
      <feature-usage-chart .analytics=${{featureUsage: []}}></feature-usage-chart>
      <feature-usage-chart show-table .analytics=${{featureUsage: [{feature: 'voicemail', calls: 3}]}}></feature-usage-chart>
    </div>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(loaded(ECHARTS)).to.deep.equal([]);
  });

  it('is downloaded when a chart is drawn', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <feature-usage-chart .analytics=${{featureUsage: [{feature: 'voicemail', calls: 3}]}}></feature-usage-chart>
    </div>`);
    const chart = box.querySelector('feature-usage-chart')!;
    await waitUntil(() => chart.shadowRoot!.querySelector('.plot canvas'), 'the chart was not drawn', {timeout: 15_000});
    expect(loaded(/echarts-runtime/).length).to.equal(1);
    expect(loaded(/\/node_modules\/echarts\/core\.js/).length).to.equal(1);
  });
});
