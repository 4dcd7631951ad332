/**
 * Base of the analytics sections and tables: one provider answer (shared with every element that
 * asks the same question at the same time, see shared-request.ts) or an `analytics` property set
 * by the host, a heading, and the loading / error / empty / populated states.
 */
import type {PartnerHubDataProvider} from '@partner-hub/core';
import {css, html, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {KpiFormat} from '../kpi-tile/kpi-tile.ts';
import '../kpi-tile/define.ts';
import {ConnectedElement} from './connected-element.ts';
import {DataTable, dataTableStyles, type TableOptions} from './data-table.ts';
import {HubElement} from './hub-element.ts';
import {sharedRequest} from './shared-request.ts';
import {dataView, setViewStates, type DataView} from './data-view.ts';
import {renderEmpty, renderError, stateStyles} from './states.ts';

/** One `<kpi-tile>` of a section. */
export interface KpiSpec {
  kpi: string;
  label: string;
  value: number | null | undefined;
  format?: KpiFormat;
}

/** The section's KPI tiles; while loading they show their placeholder. */
export function renderKpis(kpis: readonly KpiSpec[], loading: boolean): TemplateResult {
  return html`<div class="kpis" part="kpis">
    ${kpis.map(
      ({kpi, label, value, format = 'number'}) =>
        html`<kpi-tile part="kpi" kpi=${kpi} label=${label} .value=${value ?? null} format=${format} ?loading=${loading}></kpi-tile>`,
    )}
  </div>`;
}

const analyticsStyles = css`
  .section {
    display: grid;
    gap: var(--ph-space-m);
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--ph-font-size-l);
    font-weight: var(--ph-font-weight-strong);
  }
  .note {
    margin: 0;
    color: var(--ph-color-text-muted);
    font-size: var(--ph-font-size-s);
  }
  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: var(--ph-space-s);
  }
`;

/** `T`: the provider's answer; `R`: a row of the element's table. */
export abstract class AnalyticsElement<T extends object, R> extends ConnectedElement {
  static override styles = [...HubElement.styles, stateStyles, ...dataTableStyles, analyticsStyles];

  /** The provider's answer to show, set by the host instead of loading it (presentational use). */
  @property({attribute: false}) analytics: T | undefined;

  readonly #data = this.loadFromProvider({
    // With `analytics` set there is nothing to load.
    args: () => [this.analytics ? null : this.requestKey()] as const,
    load: (provider, [key], signal): Promise<T | undefined> =>
      key === null ? Promise.resolve(undefined) : sharedRequest(provider, key, signal, (shared) => this.request(provider, shared)),
  });

  #view: DataView<T> = {kind: 'idle'};

  /** Sort and page of the element's table. */
  protected readonly table = new DataTable<R>(this, () => this.format);

  /** The CSV of the table: every row in the current order (what "Export CSV" saves). */
  exportCsv(): string {
    const {rows, columns} = this.tableOptions(this.shown);
    return this.table.csv(rows, columns);
  }

  /** The answer on screen, if any. */
  protected get shown(): T | undefined {
    const view = this.#currentView();
    return view.kind === 'ready' ? view.value : undefined;
  }

  /** The table for `value` (no rows without one). */
  protected abstract tableOptions(value: T | undefined): TableOptions<R>;

  /** Elements asking the same key at the same time share one provider call. */
  protected abstract requestKey(): string;

  /** The provider call behind `requestKey()`. */
  protected abstract request(provider: PartnerHubDataProvider, signal: AbortSignal): Promise<T>;

  protected abstract heading(value: T | undefined): string;

  /** Whether the answer has nothing to list (`:state(empty)`). */
  protected abstract isEmpty(value: T): boolean;

  /** KPIs, notes and the table; `value` is undefined while loading. */
  protected abstract renderBody(value: T | undefined): TemplateResult;

  /** Whether a loaded answer still answers the current question (e.g. the same product). */
  protected answers(_value: T): boolean {
    return true;
  }

  protected override render(): TemplateResult {
    const view = (this.#view = this.#currentView());
    const value = view.kind === 'ready' ? view.value : undefined;
    let body: TemplateResult;
    if (view.kind === 'error') body = renderError(this.#data.errorMessage, () => this.#data.retry());
    // Neither data from the host nor a provider to ask: nothing to show.
    else if (view.kind === 'idle') body = renderEmpty(this.tableOptions(undefined).empty);
    else body = this.renderBody(value);
    return html`<section class="section" part="base" aria-labelledby="heading" aria-busy=${view.kind === 'loading' || (view.kind === 'ready' && view.refreshing)}>
      <h3 class="heading" id="heading" part="heading">${this.heading(value)}</h3>
      ${body}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the data controller's own mirroring: presentational data has states too.
    setViewStates((name, on) => this.setState(name, on), this.#view, (value) => this.isEmpty(value));
  }

  #currentView(): DataView<T> {
    const loaded = this.#data.value;
    // The last answer stays while the same question is asked again, never for another one.
    return dataView(this.analytics, {status: this.#data.status, value: loaded && this.answers(loaded) ? loaded : undefined});
  }
}
