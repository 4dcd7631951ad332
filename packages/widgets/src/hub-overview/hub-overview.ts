import {msg} from '@lit/localize';
import {OVERVIEW_KPI_IDS, type OverviewKpiId, type OverviewKpis} from '@partner-hub/core';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {kpiLabel} from '../i18n/kpis.ts';
import {ConnectedElement} from '../internal/connected-element.ts';
import {dataView, setViewStates, type DataView} from '../internal/data-view.ts';
import {HubElement} from '../internal/hub-element.ts';
import {renderEmpty, renderError, stateStyles} from '../internal/states.ts';
import '../kpi-tile/define.ts';
import {hubOverviewStyles} from './hub-overview.styles.ts';
import {overviewRule} from './hub-overview.rules.ts';
import {checked, OVERVIEW_KPIS} from '../internal/checked-answer.ts';

function isEmpty(kpis: OverviewKpis): boolean {
  return kpis.totalCustomers === 0;
}

/**
 * The five overview KPIs of SPEC §3 as `<kpi-tile>`s, each with its rule in words. Every tile but
 * "Total customers" is a button: activating it fires `kpi-activate` (from the tile, composed, so it
 * reaches the host) for the host to filter the customer list; the host then sets `active-kpi` to
 * mark the tile whose filter is applied (the element does not set it itself).
 *
 * Connected: loads `getOverviewKpis()` from its provider. Presentational: set `kpis`.
 *
 * @summary Overview KPI tiles: total customers, nearing expiration, nearing renewal, low assignment, over limit.
 *
 * @csspart grid - The responsive grid of tiles.
 * @csspart tile - Each `<kpi-tile>` (its own parts are reachable through `exportparts` as `tile-base`, `tile-button`, `tile-label`, `tile-value`, `tile-rule`).
 * @csspart error - The error block with its Retry button.
 * @csspart empty - The "no customers" message.
 *
 * @cssproperty [--hub-overview-gap=var(--ph-space-m)] - Space between the tiles.
 * @cssproperty [--hub-overview-tile-min-width=9.5rem] - Narrowest a tile gets before the grid wraps.
 *
 * @cssstate loading - The KPIs are being loaded (tiles show placeholders).
 * @cssstate empty - No customer has a Meetings or Calling record.
 * @cssstate error - Loading failed; a Retry button is shown.
 *
 * @event {KpiActivateEvent} kpi-activate - A KPI tile other than "Total customers" was clicked or pressed (Enter or Space); `detail.kpi` is its id.
 */
export class HubOverview extends ConnectedElement {
  static override styles = [...HubElement.styles, stateStyles, hubOverviewStyles];

  /** The KPIs to show, set by the host instead of loading them (presentational use). */
  @property({attribute: false}) kpis: OverviewKpis | undefined;

  /** The KPI whose filter the host has applied; its tile is marked selected (`aria-current`). */
  @property({attribute: 'active-kpi', reflect: true}) activeKpi: OverviewKpiId | undefined;

  readonly #data = this.loadFromProvider({
    args: () => [this.kpis === undefined] as const,
    load: (provider, [needed], signal) => (needed ? checked(OVERVIEW_KPIS, provider.getOverviewKpis({signal})) : Promise.resolve(undefined)),
  });

  #view: DataView<OverviewKpis> = {kind: 'idle'};

  protected override render(): TemplateResult {
    const view = (this.#view = dataView(this.kpis, this.#data));
    switch (view.kind) {
      case 'error':
        return renderError(this.#data.errorMessage, () => this.#data.retry());
      case 'idle':
        return renderEmpty(msg('No overview data.'));
      case 'loading':
        return this.#renderTiles(undefined);
      case 'ready':
        return isEmpty(view.value)
          ? renderEmpty(msg('No customers with Meetings or Calling subscriptions or trials yet.'))
          : this.#renderTiles(view.value);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    setViewStates((name, on) => this.setState(name, on), this.#view, isEmpty);
  }

  #renderTiles(kpis: OverviewKpis | undefined): TemplateResult {
    return html`<div class="grid" part="grid" aria-busy=${this.#view.kind === 'ready' && this.#view.refreshing ? 'true' : nothing}>
      ${OVERVIEW_KPI_IDS.map(
        (kpi) => html`<kpi-tile
          part="tile"
          exportparts="base:tile-base,button:tile-button,label:tile-label,value:tile-value,rule:tile-rule"
          kpi=${kpi}
          label=${kpiLabel(kpi)}
          .value=${kpis ? kpis[kpi] : null}
          rule=${kpis ? overviewRule(kpi, kpis.rules, this.format) : ''}
          ?interactive=${kpi !== 'totalCustomers'}
          ?selected=${kpi === this.activeKpi}
          ?loading=${!kpis}
          lang=${this.locale}
        ></kpi-tile>`,
      )}
    </div>`;
  }
}
