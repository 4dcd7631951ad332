/** Registers the kit's charts under their default tag names (echarts itself loads on first draw). */
import './call-quality-chart/define.ts';
import './calling-usage-chart/define.ts';
import './endpoint-quality-chart/define.ts';
import './feature-usage-chart/define.ts';
import './license-trend-chart/define.ts';
