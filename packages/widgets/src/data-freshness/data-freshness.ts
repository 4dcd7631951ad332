import {msg, str} from '@lit/localize';
import type {CallingAnalytics} from '@partner-hub/core';
import {css, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {ConnectedElement} from '../internal/connected-element.ts';
import {dataView, setViewStates, type DataView} from '../internal/data-view.ts';
import {HubElement} from '../internal/hub-element.ts';
import {renderError, stateStyles} from '../internal/states.ts';
import {sharedRequest} from '../internal/shared-request.ts';
import {CALLING_ANALYTICS, checked} from '../internal/checked-answer.ts';

/** A Sunday, 00:00 UTC: formatted with the UTC zone, it names the weekly refresh in the viewer's language. */
const A_REFRESH = '2026-01-04T00:00:00Z';

function isEmpty(dataAsOf: string): boolean {
  return Number.isNaN(Date.parse(dataAsOf));
}

const styles = css`
  :host {
    font-size: var(--ph-font-size-s);
  }
  .freshness {
    margin: 0;
  }
  .help {
    color: var(--ph-color-text-muted);
  }
  .state {
    padding: 0;
  }
`;

/**
 * When the calling analytics were last refreshed: "Data as of" the end of last week, in the
 * viewer's locale and time zone, with the refresh schedule (weekly, Sunday 00:00 UTC).
 *
 * Connected: takes `dataAsOf` from `getCallingAnalytics()`, shared with the other calling elements
 * asking at the same time (one provider call). Presentational: set `data-as-of`.
 *
 * @summary "Data as of <end of last week>", refreshed weekly on Sunday 00:00 UTC.
 *
 * @csspart base - The line with the date and the schedule.
 * @csspart date - The date and time (a `<time>` element).
 * @csspart help - The refresh schedule.
 * @csspart error - The error block with its Retry button.
 *
 * @cssstate loading - The date is being loaded.
 * @cssstate empty - No valid date is known.
 * @cssstate error - Loading failed; a Retry button is shown.
 */
export class DataFreshness extends ConnectedElement {
  static override styles = [...HubElement.styles, stateStyles, styles];

  /** The end of the last complete week of data (ISO date-time); loaded from the provider when unset. */
  @property({attribute: 'data-as-of'}) dataAsOf: string | undefined;

  readonly #data = this.loadFromProvider({
    args: () => [!this.dataAsOf] as const,
    load: async (provider, [needed], signal) => {
      if (!needed) return undefined;
      const answer = await sharedRequest<CallingAnalytics>(provider, 'callingAnalytics', signal, (shared) =>
        checked(CALLING_ANALYTICS, provider.getCallingAnalytics({signal: shared})),
      );
      return answer.dataAsOf;
    },
  });

  #view: DataView<string> = {kind: 'idle'};

  protected override render(): TemplateResult {
    const view = (this.#view = dataView(this.dataAsOf || undefined, this.#data));
    if (view.kind === 'error') return renderError(this.#data.errorMessage, () => this.#data.retry());
    const schedule = this.format.date(A_REFRESH, {weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short'});
    const help = html`<span class="help" part="help">${msg(str`Refreshed weekly: ${schedule}`)}</span>`;
    if (view.kind !== 'ready' || isEmpty(view.value)) {
      const status = view.kind === 'loading' ? msg('Loading the data date…') : msg('Data date not known yet.');
      return html`<p class="freshness" part="base" role="status">${status} ${help}</p>`;
    }
    const date = this.format.date(view.value, {dateStyle: 'medium', timeStyle: 'short'});
    return html`<p class="freshness" part="base" aria-busy=${view.refreshing ? 'true' : nothing}>
      ${msg(html`Data as of <time part="date" datetime=${view.value}>${date}</time>`)} · ${help}
    </p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    setViewStates((name, on) => this.setState(name, on), this.#view, isEmpty);
  }
}
