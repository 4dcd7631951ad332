/**
 * What every chart of the kit shares: a heading that names it, the chart (echarts, loaded lazily,
 * an image with an accessible name), a one-sentence summary of what it shows, a "Show as table"
 * toggle for the same data as an accessible table, and the loading / empty / error-with-Retry
 * states of the kit's connected elements.
 *
 * A chart element says where its data comes from (`currentView`), which part of it the chart
 * draws (`chartData`) and how that reads (`definition`: option, summary, table); this class does
 * the rest.
 */
import {msg} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {ConnectedElement} from '../internal/connected-element.ts';
import {toCsv} from '../internal/csv.ts';
import {downloadCsv} from '../internal/data-table.ts';
import {setViewStates, type DataView} from '../internal/data-view.ts';
import {HubElement} from '../internal/hub-element.ts';
import {renderEmpty, renderError, renderLoading, stateStyles} from '../internal/states.ts';
import {ChartController} from './chart-controller.ts';
import {adoptChartTokens} from './chart-tokens.ts';
import type {ChartCell, ChartDefinition, ChartOption, ChartTable, ChartTableColumn} from './chart-option.ts';
import type {ChartPalette} from './chart-palette.ts';
import {chartStyles} from './chart.styles.ts';

/** `T`: the data the element holds (its property or the provider's answer); `D`: what its chart draws. */
export abstract class ChartElement<T, D> extends ConnectedElement {
  static override styles = [...HubElement.styles, stateStyles, chartStyles];

  /** The chart's heading; unset: its default name (e.g. "Call quality trend"). */
  @property({attribute: 'heading'}) heading: string | undefined;

  /** Level of the heading (1–6) in the page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 3;

  /** Shows the data as a table instead of the chart; follows the viewer's "Show as table" toggle. */
  @property({attribute: 'show-table', type: Boolean, reflect: true}) showTable = false;

  readonly #chart = new ChartController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.plot'),
    // Also called outside updates (after a resize, once echarts has loaded): series names and
    // tooltips are drawn text, in the element's language.
    option: (palette, animation) => this.localize(() => this.#option(palette, animation)),
    deps: () => {
      const view = this.currentView();
      return [view.kind === 'ready' ? view.value : undefined, this.locale, this.heading];
    },
  });

  #option(palette: ChartPalette, animation: boolean): ChartOption | null {
    const view = this.currentView();
    if (view.kind !== 'ready' || this.#isEmpty(view.value)) return null;
    return {
      ...this.definition.option(this.chartData(view.value), {palette, format: this.formatter}),
      animation,
      aria: {
        enabled: true,
        label: {description: this.#accessibleName(view.value)},
        // Under forced colours every series has the same system colour: patterns tell them apart.
        decal: {show: palette.forcedColors},
      },
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptChartTokens(this.ownerDocument);
  }

  /** Reads the theme tokens again and redraws; for theme switches the element cannot observe. */
  refreshTheme(): void {
    this.#chart.refreshTheme();
  }

  /** The data to show: the host's, or the provider's answer, or where loading it stands. */
  protected abstract currentView(): DataView<T>;
  /** Why the last load failed, and how to try again. */
  protected abstract readonly loader: {readonly errorMessage: string; retry(): void};
  /** How the chart reads: heading, empty message, option, summary and table builders. */
  protected abstract readonly definition: ChartDefinition<D>;
  /** The part of the data the chart draws. */
  protected abstract chartData(value: T): D;

  /** Text under the heading that explains how to read the chart (thresholds, rules). */
  protected helpText(_data: T | undefined): string {
    return '';
  }

  protected get headingText(): string {
    return this.heading || this.definition.heading();
  }

  protected override render(): TemplateResult {
    const view = this.currentView();
    const ready = view.kind === 'ready' && !this.#isEmpty(view.value);
    const help = this.helpText(view.kind === 'ready' ? view.value : undefined);
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 3, 1), 6);
    return html`<div class="card" part="base" aria-busy=${view.kind === 'ready' && view.refreshing ? 'true' : 'false'}>
      <div class="header">
        <div class="heading" part="heading" role="heading" aria-level=${level}>${this.headingText}</div>
        ${ready
          ? html`<button class="button toggle" part="table-toggle" type="button" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${this.#toggleTable}>
              ${msg('Show as table')}
            </button>`
          : nothing}
      </div>
      ${help ? html`<p class="help" part="help">${help}</p>` : nothing} ${this.#renderBody(view)}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the data controller's own mirroring: the element also has states without a provider.
    setViewStates((name, on) => this.setState(name, on), this.currentView(), (value) => this.#isEmpty(value));
  }

  #renderBody(view: DataView<T>): TemplateResult {
    switch (view.kind) {
      case 'loading':
        return renderLoading(msg('Loading chart…'));
      case 'error':
        return renderError(this.loader.errorMessage, () => this.loader.retry());
      case 'idle':
        return renderEmpty(this.definition.emptyMessage());
      case 'ready': {
        if (this.#isEmpty(view.value)) return renderEmpty(this.definition.emptyMessage());
        const summary = this.#summary(view.value);
        return html`<div class="plot" part="chart" role="img" aria-label=${this.#accessibleName(view.value)} ?hidden=${this.showTable}></div>
          ${this.#chart.failed && !this.showTable
            ? html`<p class="note" part="note" role="status">${msg('The chart could not be drawn; the data is available as a table.')}</p>`
            : nothing}
          <p class="summary clamp" part="summary" title=${summary}>${summary}</p>
          ${this.showTable ? this.#renderTable(this.definition.table(this.chartData(view.value), this.format)) : nothing}`;
      }
    }
  }

  #renderTable({columns, rows}: ChartTable): TemplateResult {
    const caption = this.headingText;
    const text = (column: ChartTableColumn | undefined, value: ChartCell) => (column?.text ? column.text(value) : String(value ?? ''));
    return html`<div class="table-scroll" part="table" role="region" tabindex="0" aria-label=${caption}>
        <table class="table">
          <caption>${caption}</caption>
          <thead>
            <tr>
              ${columns.map((column, index) => html`<th scope="col" class=${index === 0 ? '' : 'numeric'}>${column.header}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([head = null, ...cells]) => html`<tr>
                <th scope="row">${text(columns[0], head)}</th>
                ${cells.map((cell, index) => html`<td class="numeric">${text(columns[index + 1], cell)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="table-actions">
        <button class="button" part="export" type="button" @click=${() => this.#exportCsv({columns, rows})}>${msg('Export CSV')}</button>
      </div>`;
  }

  /** The table's values (not their formatted text) as a CSV file named after the element. */
  #exportCsv({columns, rows}: ChartTable): void {
    downloadCsv(this.renderRoot, toCsv(columns.map((column) => column.header), rows), this.localName);
  }

  #isEmpty(value: T): boolean {
    return this.definition.isEmpty(this.chartData(value));
  }

  #summary(value: T): string {
    return this.definition.summary(this.chartData(value), this.format);
  }

  #accessibleName(value: T): string {
    return `${this.headingText}. ${this.#summary(value)}`;
  }

  #toggleTable(): void {
    this.showTable = !this.showTable;
  }
}
