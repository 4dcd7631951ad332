import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {KpiActivateEvent} from '../events/kpi-activate.ts';
import type {Formatter} from '../i18n/format.ts';
import {HubElementBase} from '../internal/hub-element.ts';
import {kpiTileStyles} from './kpi-tile.styles.ts';

/** How a KPI value reads: a count, a rate (0..1) shown as %, or a number of seconds. */
export type KpiFormat = 'number' | 'percent' | 'duration';

/** `value="42"` → 42; an absent, empty or non-numeric attribute → null (shown as "—"). */
const nullableNumber = {
  fromAttribute(value: string | null): number | null {
    if (value === null || value.trim() === '') return null;
    const number = Number(value);
    return Number.isNaN(number) ? null : number;
  },
  toAttribute(value: number | null): string | null {
    return value === null || value === undefined ? null : String(value);
  },
};

/** Formats `value` the way `format` says; null, undefined and NaN give "—". */
export function formatKpiValue(formatter: Formatter, format: KpiFormat, value: number | null | undefined): string {
  switch (format) {
    case 'percent':
      return formatter.percent(value);
    case 'duration':
      return formatter.duration(value);
    default:
      // Counts stay whole; an average (1.4 licences over the limit per customer) keeps a decimal.
      return formatter.decimal(value);
  }
}

/** Formats a change of a KPI, always signed ("+12", "−3 %", "+1 min 5 s"); zero has no sign. */
export function formatKpiDelta(formatter: Formatter, format: KpiFormat, delta: number): string {
  switch (format) {
    case 'percent':
      return formatter.change(delta, {style: 'percent', maximumFractionDigits: 0});
    case 'duration': {
      // Intl has no signed duration; the sign comes from the locale's own signed number format.
      const magnitude = formatter.duration(Math.abs(delta));
      if (Math.round(delta) === 0) return magnitude;
      const sign = formatter.change(Math.sign(delta)).replace(formatter.number(1), '');
      return `${sign}${magnitude}`;
    }
    default:
      return formatter.change(delta);
  }
}

/**
 * One key performance indicator: its label, value, an optional change against an earlier period
 * and the rule that defines it. When `interactive`, the whole tile is a button (e.g. to filter the
 * customer list by this KPI) and fires `kpi-activate`.
 *
 * @summary A KPI tile: label, formatted value, optional change and rule text.
 *
 * @slot rule - The rule behind the number, e.g. "Customers whose subscriptions end within 90 days".
 *   Plain text; overrides the `rule` property.
 *
 * @csspart base - The tile.
 * @csspart button - The control over the whole tile when `interactive`.
 * @csspart label - The KPI's name.
 * @csspart value - The formatted value (or its loading placeholder).
 * @csspart delta - The change against the comparison period.
 * @csspart rule - The rule text.
 *
 * @cssproperty [--kpi-tile-background=var(--ph-color-surface)] - Tile background.
 * @cssproperty [--kpi-tile-value-color=var(--ph-color-text)] - Colour of the value.
 * @cssproperty [--kpi-tile-value-size=var(--ph-font-size-xl)] - Font size of the value.
 *
 * @cssstate loading - The value is being loaded.
 *
 * @event {KpiActivateEvent} kpi-activate - An interactive tile was clicked or pressed (Enter or
 *   Space); `detail.kpi` is the tile's `kpi`.
 */
export class KpiTile extends HubElementBase {
  static override styles = [...HubElementBase.styles, kpiTileStyles];

  /** Identifier of the KPI (e.g. `nearingExpiration`), sent with `kpi-activate`. */
  @property({attribute: 'kpi'}) kpi = '';

  /** Name of the KPI shown on the tile. */
  @property({attribute: 'label'}) label = '';

  /** The value; null or absent shows "—". */
  @property({attribute: 'value', converter: nullableNumber}) value: number | null = null;

  /** How `value` reads: `number` (a count), `percent` (a rate 0..1) or `duration` (seconds). */
  @property({attribute: 'format'}) format: KpiFormat = 'number';

  /** Change against the comparison period, in the unit of `value`; null hides it. */
  @property({attribute: 'delta', converter: nullableNumber}) delta: number | null = null;

  /** What the change compares with; defaults to "vs. previous week". */
  @property({attribute: 'delta-label'}) deltaLabel: string | undefined;

  /** The rule behind the number as plain text (the `rule` slot overrides it). */
  @property({attribute: 'rule'}) rule = '';

  /** Makes the tile a button that fires `kpi-activate`. */
  @property({attribute: 'interactive', type: Boolean, reflect: true}) interactive = false;

  /** Marks the tile whose KPI currently filters the view (`aria-current`). */
  @property({attribute: 'selected', type: Boolean, reflect: true}) selected = false;

  /** Shows a placeholder instead of the value while it loads. */
  @property({attribute: 'loading', type: Boolean, reflect: true}) loading = false;

  @state() private hasSlottedRule = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('loading')) this.setState('loading', this.loading);
  }

  protected override render(): TemplateResult {
    const value = formatKpiValue(this.formatter, this.format, this.value);
    const spoken = this.loading ? msg('loading') : value;
    const name = this.label ? msg(str`${this.label}, ${spoken}`) : spoken;
    const showDelta = !this.loading && this.delta !== null && this.delta !== undefined && !Number.isNaN(this.delta);
    const showRule = this.hasSlottedRule || this.rule !== '';
    const describedBy = [showDelta ? 'delta' : '', showRule ? 'rule' : ''].filter(Boolean).join(' ');
    const classes = `tile${this.selected ? ' tile--selected' : ''}`;
    const heading = html`
      <span class="label" part="label">${this.label}</span>
      <span class="value" part="value">
        ${this.loading ? html`<span class="skeleton" aria-hidden="true"></span>` : value}
      </span>
    `;
    const details = html`
      ${showDelta ? this.renderDelta(this.delta!) : nothing}
      <span class="rule" part="rule" id="rule" ?hidden=${!showRule}>
        <slot name="rule" @slotchange=${this.onRuleSlotChange}>${this.rule}</slot>
      </span>
    `;
    // Interactive: the label and value are a button named "label, value" (described by the change
    // and the rule), stretched over the whole tile so a click anywhere activates it.
    return html`<div
      class=${classes}
      part="base"
      role=${this.interactive ? nothing : 'group'}
      aria-label=${this.interactive ? nothing : name}
      aria-current=${!this.interactive && this.selected ? 'true' : nothing}
      aria-busy=${this.loading ? 'true' : nothing}
    >
      ${this.interactive
        ? html`<button
            class="activator"
            part="button"
            type="button"
            aria-label=${name}
            aria-describedby=${describedBy || nothing}
            aria-current=${this.selected ? 'true' : nothing}
            @click=${this.onClick}
          >
            ${heading}
          </button>`
        : heading}
      ${details}
    </div>`;
  }

  private renderDelta(delta: number): TemplateResult {
    const amount = formatKpiDelta(this.formatter, this.format, delta);
    const direction = delta > 0 ? '▲' : delta < 0 ? '▼' : '';
    const comparison = this.deltaLabel ?? msg('vs. previous week');
    // One text node: Chromium drops the space between inline spans in a description.
    return html`<span class="delta" part="delta">
      ${direction ? html`<span class="delta__direction" aria-hidden="true">${direction}</span>` : nothing}
      <span class="delta__text" id="delta">${`${amount} ${comparison}`}</span>
    </span>`;
  }

  private onRuleSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasSlottedRule = slot
      .assignedNodes()
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
  }

  private onClick(): void {
    this.dispatchEvent(new KpiActivateEvent(this.kpi));
  }
}
