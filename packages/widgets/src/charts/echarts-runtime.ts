/**
 * The only module that imports echarts. It is reached through a dynamic `import()` from the chart
 * controller alone, so a page that uses no chart never downloads it, and a bundler puts it (with
 * echarts) in a chunk of its own.
 *
 * Registered, and nothing else:
 * - BarChart, LineChart: every kit chart is bars, stacked or not, plus one line (poor-call rate).
 * - GridComponent: cartesian axes. TooltipComponent: hover detail (rendered as canvas rich text,
 *   never as HTML). LegendPlainComponent: series names; no chart has more than three, so the
 *   scrolling legend (1.8 kB gz more) is not needed. AriaComponent: the accessible name and decal
 *   patterns in forced colours.
 * - CanvasRenderer rather than SVG: one `<canvas>` per chart however many bars it has, and with
 *   `renderMode: 'richText'` the tooltip is painted on that canvas too, so no provider string ever
 *   becomes a DOM node. It is also 3.7 kB gz lighter than the SVG renderer here.
 * No DatasetComponent: series carry their values directly, which option builders (and their tests)
 * read more plainly, and it saves its weight.
 */
import {BarChart, LineChart} from 'echarts/charts';
import {AriaComponent, GridComponent, LegendPlainComponent, TooltipComponent} from 'echarts/components';
import {getInstanceByDom, init, use} from 'echarts/core';
import {CanvasRenderer} from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendPlainComponent, AriaComponent, CanvasRenderer]);

export {getInstanceByDom, init};
