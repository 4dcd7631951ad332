/**
 * An 8-week sparkline as inline SVG: a line through the weeks with data, broken where a week has
 * none (a lone week between gaps is a dot). Decorative: the numbers are in the text next to it.
 */
import {svg, html, type TemplateResult} from 'lit';

/** Matches the viewBox, which leaves 2 units either side for the line caps. */
const WIDTH = 64;
const HEIGHT = 18;

export function sparkline(values: readonly (number | null)[]): TemplateResult {
  const max = Math.max(1, ...values.map((value) => value ?? 0));
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const runs: [number, number][][] = [];
  let run: [number, number][] | undefined;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      run = undefined;
      return;
    }
    if (!run) runs.push((run = []));
    run.push([index * step, HEIGHT - 1 - (Math.max(value, 0) / max) * (HEIGHT - 2)]);
  });
  return html`<svg class="sparkline" viewBox="-2 0 68 18" aria-hidden="true" focusable="false">
    ${runs.map(([first, ...rest]) =>
      rest.length === 0
        ? svg`<circle cx=${first![0]} cy=${first![1]} r="1.5"></circle>`
        : svg`<polyline points=${[first!, ...rest].map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}></polyline>`,
    )}
  </svg>`;
}
