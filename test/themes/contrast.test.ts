/**
 * Non-text contrast (WCAG 1.4.11) of the theme tokens, light and dark, as the browser resolves
 * them: every chart mark colour and licence segment at least 3:1 against the surface it is drawn
 * on (stacked segments are parted by a gap of the surface colour), the outline of the "available"
 * remainder (its fill is close to the surface by design, the outline marks its edge) and the focus
 * ring 3:1 against the surfaces it can sit on, and text 4.5:1.
 *
 * axe checks text contrast on rendered pages but cannot see into a canvas; these are the colours
 * the charts paint with (`readPalette`, the same resolution the charts use).
 */
import {expect} from '@open-wc/testing';
import {adoptChartTokens} from '../../packages/widgets/src/charts/chart-tokens.ts';
import {readPalette, type ChartPalette} from '../../packages/widgets/src/charts/chart-palette.ts';
import {adoptDocumentTokens} from '../../packages/widgets/src/themes/tokens.ts';

type Rgb = [number, number, number];

function rgb(value: string): Rgb {
  const match = value.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  if (!match) throw new Error(`not an rgb() colour: ${value}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A token's resolved colour inside `scope`. */
function token(scope: HTMLElement, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  scope.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Every pair below `minimum`, as "name 2.31:1". */
function below(pairs: Record<string, [string, string]>, minimum: number): string[] {
  return Object.entries(pairs)
    .map(([name, [a, b]]) => [name, contrast(a, b)] as const)
    .filter(([, ratio]) => ratio < minimum)
    .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}:1`);
}

const MARKS: (keyof ChartPalette)[] = ['licenseUsed', 'licenseAssigned', 'usageHigh', 'usageMedium', 'usageLow', 'qualityGood', 'qualityPoor', 'qualityPoorRate'];

for (const theme of ['light', 'dark'] as const) {
  describe(`theme tokens, ${theme}: contrast`, () => {
    let scope: HTMLElement;

    beforeEach(() => {
      adoptDocumentTokens(document);
      adoptChartTokens(document);
      scope = document.createElement('div');
      scope.dataset['phTheme'] = theme;
      document.body.append(scope);
    });

    afterEach(() => scope.remove());

    it('is the theme asked for', () => {
      const surface = luminance(rgb(token(scope, '--ph-color-surface')));
      expect(theme === 'dark' ? surface < 0.1 : surface > 0.9, `surface luminance ${surface}`).to.equal(true);
    });

    it('draws every chart mark and licence segment at 3:1 or more against the surface', () => {
      const palette = readPalette(scope);
      const surface = palette.surface;
      const pairs: Record<string, [string, string]> = {};
      for (const mark of MARKS) pairs[mark] = [palette[mark] as string, surface];
      palette.series.forEach((colour, index) => (pairs[`series ${index + 1}`] = [colour, surface]));
      pairs['licence overage'] = [token(scope, '--ph-color-license-overage'), surface];
      expect(Object.keys(pairs).length).to.equal(MARKS.length + 7);
      expect(below(pairs, 3)).to.deep.equal([]);
    });

    it('outlines the "available" remainder at 3:1, and shows the focus ring at 3:1 on every surface', () => {
      const border = token(scope, '--ph-color-border-strong');
      const focus = token(scope, '--ph-color-focus');
      const surfaces = ['--ph-color-surface', '--ph-color-surface-raised', '--ph-color-surface-hover', '--ph-color-surface-selected'];
      const pairs: Record<string, [string, string]> = {
        // The remainder's fill is close to the surface by design; its outline marks its edge.
        'available outline': [border, token(scope, '--ph-color-surface')],
      };
      for (const surface of surfaces) pairs[`focus on ${surface}`] = [focus, token(scope, surface)];
      expect(below(pairs, 3)).to.deep.equal([]);
    });

    it('sets text at 4.5:1 on every surface', () => {
      const pairs: Record<string, [string, string]> = {};
      for (const text of ['--ph-color-text', '--ph-color-text-muted', '--ph-color-link']) {
        for (const surface of ['--ph-color-surface', '--ph-color-surface-raised', '--ph-color-surface-hover', '--ph-color-surface-selected']) {
          pairs[`${text} on ${surface}`] = [token(scope, text), token(scope, surface)];
        }
      }
      expect(below(pairs, 4.5)).to.deep.equal([]);
    });
  });
}
