import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {HubElement} from '../internal/hub-element.ts';
import {styleProps} from '../internal/style-props.ts';
import {licenseBarStyles} from './license-bar.styles.ts';
import {licenseSegments, shareOfTotal, type LicenseSegments} from './license-segments.ts';

/** How long the detail stays after the pointer leaves, so it can cross to the tooltip (ms). */
const HIDE_DELAY_MS = 300;

/** Gap between the bar and its detail, and the least distance of the detail to the viewport edge (px). */
const TOOLTIP_GAP_PX = 6;

type SegmentName = 'used' | 'assigned' | 'available' | 'overage';

const SEGMENT_ORDER: readonly SegmentName[] = ['used', 'assigned', 'available', 'overage'];

/**
 * Licences of a subscription as one stacked bar: used, assigned but unused, and available, each a
 * share of the licences bought. When more licences are assigned than bought, the bar is scaled to
 * the assigned count, a marker shows the limit, and the overage beyond it is drawn hatched.
 *
 * The bar is an image with a text equivalent ("12 used, 30 assigned, 50 total"). Hovering or
 * focusing it shows the detail with the share of each part; Escape dismisses the detail.
 *
 * @summary A used / assigned / available licence bar with an accessible text and hover detail.
 *
 * @csspart bar - The bar (role `img`, focusable).
 * @csspart used - The used segment.
 * @csspart assigned - The assigned-but-unused segment.
 * @csspart available - The available (unassigned) segment.
 * @csspart overage - The segment beyond the licence limit.
 * @csspart tooltip - The detail shown on hover and focus.
 *
 * @cssproperty --ph-color-license-used - Used licences (a kit token, shared with the licence trend chart).
 * @cssproperty --ph-color-license-assigned - Assigned but unused licences (kit token).
 * @cssproperty --ph-color-license-available - Available licences (kit token).
 * @cssproperty --ph-color-license-overage - Licences over the limit (kit token).
 */
export class LicenseBar extends HubElement {
  static override styles = [...HubElement.styles, licenseBarStyles];

  /** Licences bought. */
  @property({attribute: 'total', type: Number}) total = 0;

  /** Licences assigned to users (may exceed `total`). */
  @property({attribute: 'assigned', type: Number}) assigned = 0;

  /** Licences in use. */
  @property({attribute: 'used', type: Number}) used = 0;

  /** A thinner bar without the inline legend, for table rows. */
  @property({attribute: 'compact', type: Boolean, reflect: true}) compact = false;

  @state() private tooltipOpen = false;

  #hovered = false;
  #focused = false;
  /** Escape closed the detail; it stays closed until the pointer and the focus have both left. */
  #dismissed = false;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#hideTimer);
    this.#hideTimer = undefined;
    this.#hovered = false;
    this.#focused = false;
    this.#dismissed = false;
    this.tooltipOpen = false;
    this.#followViewport(false);
  }

  protected override render(): TemplateResult {
    const segments = licenseSegments({total: this.total, assigned: this.assigned, used: this.used});
    return html`
      <div
        class="bar"
        part="bar"
        role="img"
        tabindex="0"
        aria-label=${this.#describe(segments)}
        aria-describedby="tooltip"
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
        @pointerenter=${this.#onPointerEnter}
        @pointerleave=${this.#onPointerLeave}
      >
        <span class="track">
          ${SEGMENT_ORDER.filter((name) => segments.widths[name] > 0).map(
            (name) =>
              html`<span class="segment ${name}" part=${name} style=${styleProps({width: `${segments.widths[name] * 100}%`})}></span>`,
          )}
        </span>
        ${segments.limitAt === null
          ? nothing
          : html`<span class="limit" style=${styleProps({'inset-inline-start': `${segments.limitAt * 100}%`})}></span>`}
      </div>
      ${this.compact ? nothing : this.#renderLegend(segments)}
      <div
        class="tooltip"
        part="tooltip"
        id="tooltip"
        role="tooltip"
        popover="manual"
        @pointerenter=${this.#onPointerEnter}
        @pointerleave=${this.#onPointerLeave}
      >
        ${this.#renderDetail(segments)}
      </div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('tooltipOpen')) {
      // Removing the element hid its popover already; toggling a disconnected popover throws.
      if (this.isConnected) this.#tooltip.togglePopover(this.tooltipOpen);
      this.#followViewport(this.tooltipOpen);
    }
    if (this.tooltipOpen) this.#placeTooltip();
  }

  /** The text equivalent of the bar. */
  #describe({counts, overage}: LicenseSegments): string {
    const used = this.format.number(counts.used);
    const assigned = this.format.number(counts.assigned);
    const total = this.format.number(counts.total);
    if (overage > 0) {
      const over = this.format.number(overage);
      return msg(str`${used} used, ${assigned} assigned, ${total} total, ${over} over the limit`);
    }
    return msg(str`${used} used, ${assigned} assigned, ${total} total`);
  }

  /** Label and count of each part, in bar order; the overage only when there is one. */
  #parts({counts, available, overage}: LicenseSegments): {name: SegmentName; label: string; count: number}[] {
    return [
      {name: 'used' as const, label: msg('Used'), count: counts.used},
      {name: 'assigned' as const, label: msg('Assigned'), count: counts.assigned},
      {name: 'available' as const, label: msg('Available'), count: available},
      ...(overage > 0 ? [{name: 'overage' as const, label: msg('Over the limit'), count: overage}] : []),
    ];
  }

  // The legend repeats the bar's text equivalent, so it is hidden from assistive technology.
  #renderLegend(segments: LicenseSegments): TemplateResult {
    return html`<div class="legend" aria-hidden="true">
      ${this.#parts(segments).map(
        ({name, label, count}) =>
          html`<span class="legend__item"><span class="swatch ${name}"></span>${label} ${this.format.number(count)}</span>`,
      )}
    </div>`;
  }

  #renderDetail(segments: LicenseSegments): TemplateResult {
    const total = segments.counts.total;
    return html`<dl class="detail">
      <div class="detail__row">
        <dt>${msg('Total')}</dt>
        <dd>${this.format.number(total)}</dd>
      </div>
      ${this.#parts(segments).map(({name, label, count}) => {
        const amount = this.format.number(count);
        const share = this.format.percent(shareOfTotal(count, total));
        return html`<div class="detail__row">
          <dt><span class="swatch ${name}" aria-hidden="true"></span>${label}</dt>
          <dd>${msg(str`${amount} (${share})`)}</dd>
        </div>`;
      })}
    </dl>`;
  }

  #onPointerEnter(): void {
    if (this.#hideTimer !== undefined) {
      // Still the same hover: the pointer crossed between the bar and its detail.
      clearTimeout(this.#hideTimer);
      this.#hideTimer = undefined;
    } else if (!this.#focused) {
      this.#dismissed = false;
    }
    this.#hovered = true;
    this.#sync();
  }

  #onPointerLeave(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => {
      this.#hideTimer = undefined;
      this.#hovered = false;
      if (!this.#focused) this.#dismissed = false;
      this.#sync();
    }, HIDE_DELAY_MS);
  }

  #onFocus(): void {
    if (!this.#hovered) this.#dismissed = false;
    this.#focused = true;
    this.#sync();
  }

  #onBlur(): void {
    this.#focused = false;
    if (!this.#hovered) this.#dismissed = false;
    this.#sync();
  }

  // Listens on the document: WCAG 1.4.13 wants Escape to work while the pointer only hovers.
  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.tooltipOpen) return;
    this.#dismissed = true;
    this.#sync();
  };

  readonly #onViewportChange = (): void => this.#placeTooltip();

  get #tooltip(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.tooltip')!;
  }

  #sync(): void {
    this.tooltipOpen = (this.#hovered || this.#focused) && !this.#dismissed;
  }

  #followViewport(on: boolean): void {
    const listen = on ? 'addEventListener' : 'removeEventListener';
    document[listen]('keydown', this.#onDocumentKeydown as EventListener);
    window[listen]('scroll', this.#onViewportChange, {capture: true, passive: true});
    window[listen]('resize', this.#onViewportChange);
  }

  /**
   * The detail lives in the top layer (a popover), so table rows and scroll containers do not
   * clip it; it is placed under the bar (above when there is no room), at the bar's inline start.
   */
  #placeTooltip(): void {
    const bar = this.renderRoot.querySelector('.bar')!.getBoundingClientRect();
    const tooltip = this.#tooltip;
    const {width, height} = tooltip.getBoundingClientRect();
    const rtl = getComputedStyle(this).direction === 'rtl';
    const preferredLeft = rtl ? bar.right - width : bar.left;
    const left = Math.max(TOOLTIP_GAP_PX, Math.min(preferredLeft, window.innerWidth - width - TOOLTIP_GAP_PX));
    const below = bar.bottom + TOOLTIP_GAP_PX;
    const top = below + height > window.innerHeight && bar.top - TOOLTIP_GAP_PX - height >= 0 ? bar.top - TOOLTIP_GAP_PX - height : below;
    tooltip.style.setProperty('left', `${left}px`);
    tooltip.style.setProperty('top', `${top}px`);
  }
}
