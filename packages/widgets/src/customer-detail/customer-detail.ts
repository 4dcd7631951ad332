import {msg, str} from '@lit/localize';
import type {
  AdminSummary,
  CustomerDetail,
  PartnerRole,
  ProductId,
  Session,
  SubscriptionState,
  SubscriptionSummary,
} from '@partner-hub/core';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {LaunchOrgEvent} from '../events/launch-org.ts';
import {StartTrialEvent} from '../events/start-trial.ts';
import {productLabel} from '../i18n/products.ts';
import {statusDescription, statusLabel} from '../i18n/statuses.ts';
import {ConnectedElement} from '../internal/connected-element.ts';
import {HubElement} from '../internal/hub-element.ts';
import {renderEmpty, renderError, renderLoading, stateStyles} from '../internal/states.ts';
import {httpUrl} from '../internal/urls.ts';
import '../license-bar/define.ts';
import {customerDetailStyles} from './customer-detail.styles.ts';
import {nameCell, tableStyles} from '../internal/table-styles.ts';
import {checked, CUSTOMER_DETAIL, SESSION} from '../internal/checked-answer.ts';

export const CUSTOMER_DETAIL_TABS = ['subscriptions', 'trials', 'admins'] as const;
export type CustomerDetailTab = (typeof CUSTOMER_DETAIL_TABS)[number];

/** Products a trial can be started for from this element. */
const TRIAL_PRODUCTS: readonly ProductId[] = ['meetings', 'calling'];
const TRIAL_DURATIONS_DAYS = [30, 60, 90] as const;
const TRIAL_DEFAULT_LICENSES = 25;
const TRIAL_MAX_LICENSES = 100_000;

interface Loaded {
  /** The customer asked for (null when only the session was needed). */
  customerId: string | null;
  detail: CustomerDetail | undefined;
  session: Session | undefined;
}

type View =
  | {kind: 'loading' | 'empty' | 'error'}
  | {kind: 'ready'; detail: CustomerDetail; session: Session | undefined; refreshing: boolean};

interface TrialFormState {
  open: boolean;
  busy: boolean;
  error: string | null;
}

interface AdminChangeState {
  busy: boolean;
  error: string | null;
  /** What the last announced change said, for screen readers. */
  notice: string | null;
  /** The provider's answer to the last change, valid until a newer detail replaces `basedOn`. */
  answer: {basedOn: CustomerDetail; admins: AdminSummary[]} | null;
}

const CLOSED_TRIAL_FORM: TrialFormState = {open: false, busy: false, error: null};
const IDLE_ADMIN_CHANGE: AdminChangeState = {busy: false, error: null, notice: null, answer: null};

function isTab(value: unknown): value is CustomerDetailTab {
  return (CUSTOMER_DETAIL_TABS as readonly unknown[]).includes(value);
}

function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : msg('The change could not be made.');
}

function tabLabel(tab: CustomerDetailTab): string {
  switch (tab) {
    case 'subscriptions':
      return msg('Subscriptions');
    case 'trials':
      return msg('Trials');
    case 'admins':
      return msg('Partner administrators');
  }
}

function stateLabel(state: SubscriptionState): string {
  switch (state) {
    case 'active':
      return msg('Active');
    case 'pendingSetup':
      return msg('Pending setup');
    case 'suspended':
      return msg('Suspended');
    case 'cancelled':
      return msg('Cancelled');
  }
}

function roleLabel(role: PartnerRole): string {
  switch (role) {
    case 'fullAdmin':
      return msg('Full administrator');
    case 'admin':
      return msg('Administrator');
    case 'readOnly':
      return msg('Read-only administrator');
  }
}

/** Licence sums per product over the customer's active subscriptions and trials. */
function licensesByProduct(detail: CustomerDetail): {product: ProductId; total: number; assigned: number; used: number}[] {
  const sums = new Map<ProductId, {product: ProductId; total: number; assigned: number; used: number}>();
  for (const record of [...detail.subscriptions, ...detail.trials]) {
    if (!record.active) continue;
    const sum = sums.get(record.product) ?? {product: record.product, total: 0, assigned: 0, used: 0};
    sums.set(record.product, {
      product: record.product,
      total: sum.total + record.totalLicenses,
      assigned: sum.assigned + record.assigned,
      used: sum.used + record.used,
    });
  }
  const order = detail.customer.products;
  return [...sums.values()].sort((a, b) => order.indexOf(a.product) - order.indexOf(b.product));
}

/**
 * One customer organisation: name, org id, statuses and licences per product, with tabs for its
 * subscriptions (renewal, licences, invoice, order history), running trials (or starting one) and
 * the partner administrators who manage it (added and removed when the viewer's role allows).
 *
 * Connected: set `customer-id` and a provider (or place it in a `<partner-hub>`); it loads the
 * customer and the viewer's session. Presentational: set `detail` (and `session` for what the
 * viewer may edit) directly.
 *
 * @summary One customer's subscriptions, trials and partner administrators, in ARIA tabs.
 *
 * @csspart header - The customer's name, org id, statuses, licence summary and launch button.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart tab-selected - The selected tab (in addition to `tab`).
 * @csspart panel - Each tab panel.
 * @csspart launch - The "Launch organisation" button.
 * @csspart loading - The loading block.
 * @csspart error - The error block with its Retry button.
 * @csspart empty - The "Select a customer" prompt.
 *
 * @cssproperty [--customer-detail-gap=var(--ph-space-l)] - Space between the sections.
 * @cssproperty [--customer-detail-card-background=var(--ph-color-surface-raised)] - Background of a subscription or trial card.
 * @cssproperty [--customer-detail-tab-indicator=var(--ph-color-accent)] - Colour of the selected tab's underline.
 *
 * @cssstate loading - The customer is being loaded.
 * @cssstate empty - No customer is chosen.
 * @cssstate error - Loading failed; a Retry button is shown.
 *
 * @event {LaunchOrgEvent} launch-org - "Launch organisation" was pressed. Cancelable: without `preventDefault()` the customer's http(s) `launchUrl` opens in a new tab.
 * @event {StartTrialEvent} start-trial - "Start trial" was pressed. Cancelable: without `preventDefault()` the element shows its own trial form (when the viewer may start trials).
 */
export class CustomerDetailElement extends ConnectedElement {
  static override styles = [...HubElement.styles, stateStyles, tableStyles, customerDetailStyles];

  /** Id of the customer to load from the provider. */
  @property({attribute: 'customer-id'}) customerId: string | null = null;

  /** The visible tab: `subscriptions`, `trials` or `admins`. Follows the viewer's choice. */
  @property({reflect: true}) tab: CustomerDetailTab = 'subscriptions';

  /** The customer to show, set by the host instead of loading it (presentational use). */
  @property({attribute: false}) detail: CustomerDetail | undefined;

  /** The viewer's session (what they may edit); loaded from the provider when unset. */
  @property({attribute: false}) session: Session | undefined;

  readonly #data = this.loadFromProvider({
    args: () => {
      const customerId = this.detail ? null : this.customerId || null;
      const needsSession = this.session === undefined && (this.detail !== undefined || customerId !== null);
      return [customerId, needsSession] as const;
    },
    load: async (provider, [customerId, needsSession], signal): Promise<Loaded> => {
      const [detail, session] = await Promise.all([
        customerId === null ? undefined : checked(CUSTOMER_DETAIL, provider.getCustomer(customerId, {signal})),
        needsSession ? checked(SESSION, provider.getSession({signal})) : undefined,
      ]);
      return {customerId, detail, session};
    },
  });

  #trialForm: TrialFormState = CLOSED_TRIAL_FORM;
  #adminChange: AdminChangeState = IDLE_ADMIN_CHANGE;
  /** What the last render showed; `updated()` mirrors it into the custom states. */
  #view: View = {kind: 'empty'};

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('customerId') || changed.has('detail')) {
      const previous = this.#shownCustomerId;
      this.#view = this.#computeView();
      // A form or message about one customer must not stay open on another.
      if (this.#shownCustomerId !== previous) {
        this.#trialForm = CLOSED_TRIAL_FORM;
        this.#adminChange = IDLE_ADMIN_CHANGE;
      }
    }
  }

  protected override render(): TemplateResult {
    this.#view = this.#computeView();
    const view = this.#view;
    switch (view.kind) {
      case 'empty':
        return renderEmpty(msg('Select a customer to see its subscriptions, trials and partner administrators.'));
      case 'loading':
        return renderLoading(msg('Loading customer…'));
      case 'error':
        return renderError(this.#data.errorMessage, () => this.#data.retry());
      case 'ready':
        return html`<div class="detail" aria-busy=${view.refreshing ? 'true' : 'false'}>
          ${this.#renderHeader(view.detail)} ${this.#renderTabs(view.detail, view.session)}
        </div>`;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Set after the data controller's own mirroring: the element also has states without a provider.
    const {kind} = this.#view;
    this.setState('loading', kind === 'loading');
    this.setState('empty', kind === 'empty');
    this.setState('error', kind === 'error');
  }

  get #shownCustomerId(): string | null {
    return this.#view.kind === 'ready' ? this.#view.detail.customer.id : null;
  }

  #computeView(): View {
    const loaded = this.#data.value;
    const refreshing = this.#data.status === 'loading';
    if (this.detail) return {kind: 'ready', detail: this.detail, session: this.session ?? loaded?.session, refreshing};
    if (!this.customerId) return {kind: 'empty'};
    if (this.#data.status === 'error') return {kind: 'error'};
    // The last answer stays on screen while the same customer reloads (after a change), never
    // while another customer loads.
    if (loaded?.detail && loaded.customerId === this.customerId) {
      return {kind: 'ready', detail: loaded.detail, session: this.session ?? loaded.session, refreshing};
    }
    return {kind: 'loading'};
  }

  // -------------------------------------------------------------------------------------------
  // Header

  #renderHeader(detail: CustomerDetail): TemplateResult {
    const {customer} = detail;
    const products = licensesByProduct(detail);
    return html`<header class="header" part="header">
      <div class="title-row">
        <h2 class="name clamp" title=${customer.name}>${customer.name}</h2>
        ${customer.launchUrl
          ? html`<button class="button button--primary" type="button" part="launch" @click=${() => this.#launch(customer.id, customer.launchUrl!)}>
              ${msg('Launch organisation')}
            </button>`
          : nothing}
      </div>
      <p class="org">${msg('Organisation ID')}: <span class="mono">${customer.orgId}</span></p>
      ${customer.statuses.length > 0
        ? html`<ul class="statuses" aria-label=${msg('Statuses')}>
            ${customer.statuses.map((info) => {
              const description = statusDescription(info, this.format);
              return html`<li class="badge badge--${info.status}" title=${description}>
                ${statusLabel(info.status)}<span class="visually-hidden">: ${description}</span>
              </li>`;
            })}
          </ul>`
        : nothing}
      ${products.length > 0
        ? html`<ul class="products" aria-label=${msg('Licences by product')}>
            ${products.map(
              (sum) => html`<li class="product">
                <span class="product-name">${productLabel(sum.product)}</span>
                <license-bar compact .total=${sum.total} .assigned=${sum.assigned} .used=${sum.used}></license-bar>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${msg('No active subscriptions or trials.')}</p>`}
    </header>`;
  }

  #launch(customerId: string, launchUrl: string): void {
    const event = new LaunchOrgEvent(customerId, launchUrl);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const url = httpUrl(launchUrl);
    if (url) window.open(url, '_blank', 'noopener,noreferrer');
  }

  // -------------------------------------------------------------------------------------------
  // Tabs

  get #activeTab(): CustomerDetailTab {
    return isTab(this.tab) ? this.tab : 'subscriptions';
  }

  #renderTabs(detail: CustomerDetail, session: Session | undefined): TemplateResult {
    const active = this.#activeTab;
    const counts: Record<CustomerDetailTab, number> = {
      subscriptions: detail.subscriptions.length,
      trials: detail.trials.length,
      admins: this.#assignedAdmins(detail).length,
    };
    return html`<div class="tabs" role="tablist" part="tabs" aria-label=${msg('Customer details')} @keydown=${this.#onTabKeydown}>
        ${CUSTOMER_DETAIL_TABS.map((tab) => {
          const selected = tab === active;
          return html`<button
            class="tab"
            type="button"
            role="tab"
            part=${selected ? 'tab tab-selected' : 'tab'}
            id="tab-${tab}"
            aria-controls="panel-${tab}"
            aria-selected=${selected ? 'true' : 'false'}
            tabindex=${selected ? 0 : -1}
            @click=${() => this.#selectTab(tab)}
          >
            ${tabLabel(tab)} <span class="count">${this.format.number(counts[tab])}</span>
          </button>`;
        })}
      </div>
      ${CUSTOMER_DETAIL_TABS.map(
        (tab) => html`<section class="panel" role="tabpanel" part="panel" id="panel-${tab}" aria-labelledby="tab-${tab}" tabindex="0" ?hidden=${tab !== active}>
          ${tab === active ? this.#renderPanel(tab, detail, session) : nothing}
        </section>`,
      )}`;
  }

  #renderPanel(tab: CustomerDetailTab, detail: CustomerDetail, session: Session | undefined): TemplateResult {
    switch (tab) {
      case 'subscriptions':
        return this.#renderSubscriptions(detail);
      case 'trials':
        return this.#renderTrials(detail, session);
      case 'admins':
        return this.#renderAdmins(detail, session);
    }
  }

  #selectTab(tab: CustomerDetailTab): void {
    this.tab = tab;
  }

  async #onTabKeydown(event: KeyboardEvent): Promise<void> {
    const index = CUSTOMER_DETAIL_TABS.indexOf(this.#activeTab);
    const last = CUSTOMER_DETAIL_TABS.length - 1;
    // Arrows follow the reading direction: in right-to-left text, Left moves to the next tab.
    const step = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = index + step;
        break;
      case 'ArrowLeft':
        next = index - step;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    const tab = CUSTOMER_DETAIL_TABS[(next + CUSTOMER_DETAIL_TABS.length) % CUSTOMER_DETAIL_TABS.length]!;
    this.#selectTab(tab);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  // -------------------------------------------------------------------------------------------
  // Subscriptions tab

  #renderSubscriptions(detail: CustomerDetail): TemplateResult {
    if (detail.subscriptions.length === 0) return html`<p class="muted">${msg('This customer has no subscriptions.')}</p>`;
    return html`<ul class="cards">
      ${detail.subscriptions.map((subscription) => this.#renderSubscription(subscription))}
    </ul>`;
  }

  #renderSubscription(subscription: SubscriptionSummary): TemplateResult {
    return html`<li class="card">
      <h3 class="card-title">${productLabel(subscription.product)} <span class="card-id">${subscription.id}</span></h3>
      <dl class="facts">
        <div><dt>${msg('State')}</dt><dd>${subscription.active || subscription.state !== 'active' ? stateLabel(subscription.state) : msg('Ended')}</dd></div>
        ${this.#renderEnd(subscription)}
        <div class="facts-wide">
          <dt>${msg('Licences')}</dt>
          <dd><license-bar .total=${subscription.totalLicenses} .assigned=${subscription.assigned} .used=${subscription.used}></license-bar></dd>
        </div>
        ${subscription.invoice ? this.#renderInvoice(subscription.invoice) : nothing}
      </dl>
      ${this.#renderOrders(subscription)}
    </li>`;
  }

  #renderEnd(subscription: SubscriptionSummary): TemplateResult {
    // An auto-renewing record whose end date has passed did not renew: it ended.
    if (subscription.renewalDate && subscription.daysUntilEnd > 0) {
      return html`<div><dt>${msg('Renewal date')}</dt><dd>${this.format.date(subscription.renewalDate)}</dd></div>`;
    }
    const date = this.format.date(subscription.endDate);
    return html`<div>
      <dt>${msg('End date')}</dt>
      <dd>${subscription.daysUntilEnd > 0 ? msg(str`Ends ${date}`) : msg(str`Ended ${date}`)}</dd>
    </div>`;
  }

  #renderInvoice(invoice: NonNullable<SubscriptionSummary['invoice']>): TemplateResult {
    const url = httpUrl(invoice.url);
    const amount = this.format.currency(invoice.amount, invoice.currency);
    const label = msg(str`Invoice ${invoice.id}`);
    return html`<div>
      <dt>${msg('Invoice')}</dt>
      <dd>
        ${url
          ? html`<a class="link" href=${url} rel="noopener noreferrer" target="_blank"
              >${label}<span class="visually-hidden">${msg('(opens in a new tab)')}</span></a
            >`
          : html`<span>${label}</span>`}
        <span class="amount">${amount}</span>
      </dd>
    </div>`;
  }

  #renderOrders(subscription: SubscriptionSummary): TemplateResult {
    if (subscription.orders.length === 0) return html`<p class="muted">${msg('No orders.')}</p>`;
    const caption = msg(str`Order history of ${subscription.id}`);
    return html`<div class="table-scroll" role="region" tabindex="0" aria-label=${caption}>
      <table class="table">
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Date')}</th>
            <th scope="col">${msg('Description')}</th>
            <th scope="col" class="numeric">${msg('Quantity')}</th>
          </tr>
        </thead>
        <tbody>
          ${subscription.orders.map(
            (order) => html`<tr>
              <td>${this.format.date(order.date)}</td>
              <td>${nameCell(order.description)}</td>
              <td class="numeric">${this.format.number(order.quantity)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  // -------------------------------------------------------------------------------------------
  // Trials tab

  #renderTrials(detail: CustomerDetail, session: Session | undefined): TemplateResult {
    // Read-only viewers see no edit affordance. Without a provider the button still fires
    // `start-trial` for the host to handle; the element's own form needs a provider to submit to.
    const canStart = session?.permissions.startTrial === true;
    const form = this.#trialForm;
    return html`${detail.trials.length === 0
        ? html`<p class="muted">${msg('This customer has no running trials.')}</p>`
        : html`<ul class="cards">${detail.trials.map((trial) => this.#renderTrial(trial))}</ul>`}
      ${canStart && !form.open
        ? html`<button class="button" type="button" id="start-trial" @click=${() => this.#requestTrial(detail.customer.id)}>
            ${msg('Start trial')}
          </button>`
        : nothing}
      ${canStart && form.open ? this.#renderTrialForm(form) : nothing}`;
  }

  #renderTrial(trial: SubscriptionSummary): TemplateResult {
    const daysLeft = this.format.number(Math.max(trial.daysUntilEnd, 0), {style: 'unit', unit: 'day', unitDisplay: 'long'});
    return html`<li class="card">
      <h3 class="card-title">${productLabel(trial.product)} <span class="card-id">${trial.id}</span></h3>
      <dl class="facts">
        <div><dt>${msg('Time left')}</dt><dd>${msg(str`${daysLeft} left`)}</dd></div>
        <div><dt>${msg('End date')}</dt><dd>${this.format.date(trial.endDate)}</dd></div>
        <div class="facts-wide">
          <dt>${msg('Licences')}</dt>
          <dd><license-bar .total=${trial.totalLicenses} .assigned=${trial.assigned} .used=${trial.used}></license-bar></dd>
        </div>
      </dl>
    </li>`;
  }

  #renderTrialForm(form: TrialFormState): TemplateResult {
    return html`<form class="trial-form" aria-labelledby="trial-form-title" @submit=${this.#submitTrial}>
      <h3 class="card-title" id="trial-form-title">${msg('Start a trial')}</h3>
      <div class="fields">
        <label class="field">
          <span>${msg('Product')}</span>
          <select class="input" name="product" ?disabled=${form.busy}>
            ${TRIAL_PRODUCTS.map((product) => html`<option value=${product}>${productLabel(product)}</option>`)}
          </select>
        </label>
        <label class="field">
          <span>${msg('Licences')}</span>
          <input
            class="input"
            name="licenses"
            type="number"
            inputmode="numeric"
            min="1"
            max=${TRIAL_MAX_LICENSES}
            step="1"
            required
            value=${TRIAL_DEFAULT_LICENSES}
            ?disabled=${form.busy}
          />
        </label>
        <label class="field">
          <span>${msg('Duration')}</span>
          <select class="input" name="durationDays" ?disabled=${form.busy}>
            ${TRIAL_DURATIONS_DAYS.map(
              (days) => html`<option value=${days}>${this.format.number(days, {style: 'unit', unit: 'day', unitDisplay: 'long'})}</option>`,
            )}
          </select>
        </label>
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit" ?disabled=${form.busy}>${msg('Submit')}</button>
        <button class="button" type="button" ?disabled=${form.busy} @click=${this.#cancelTrial}>${msg('Cancel')}</button>
      </div>
      ${form.error ? html`<p class="inline-error" role="alert">${form.error}</p>` : nothing}
    </form>`;
  }

  async #requestTrial(customerId: string): Promise<void> {
    const event = new StartTrialEvent(customerId);
    this.dispatchEvent(event);
    if (event.defaultPrevented || !this.provider) return;
    this.#setTrialForm({open: true, busy: false, error: null});
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.trial-form select')?.focus();
  }

  async #cancelTrial(): Promise<void> {
    this.#setTrialForm(CLOSED_TRIAL_FORM);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#start-trial')?.focus();
  }

  async #submitTrial(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const provider = this.provider;
    const customerId = this.#shownCustomerId;
    if (!provider || customerId === null || this.#trialForm.busy || !form.reportValidity()) return;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const request = {
      customerId,
      product: field('product'),
      licenses: Number(field('licenses')),
      durationDays: Number(field('durationDays')),
    };
    this.#setTrialForm({open: true, busy: true, error: null});
    try {
      await provider.startTrial(request);
      // The provider notifies its subscribers; the data controller reloads the customer.
      if (this.#shownCustomerId === customerId) this.#setTrialForm(CLOSED_TRIAL_FORM);
    } catch (error) {
      if (this.#shownCustomerId === customerId) this.#setTrialForm({open: true, busy: false, error: this.localize(() => errorText(error))});
    }
  }

  #setTrialForm(state: TrialFormState): void {
    this.#trialForm = state;
    this.requestUpdate();
  }

  // -------------------------------------------------------------------------------------------
  // Partner administrators tab

  /** The provider's answer to the last change while it is newer than `detail`, else `detail`'s list. */
  #assignedAdmins(detail: CustomerDetail): AdminSummary[] {
    const answer = this.#adminChange.answer;
    return answer && answer.basedOn === detail ? answer.admins : detail.partnerAdmins;
  }

  #assignableAdmins(detail: CustomerDetail, assigned: AdminSummary[]): AdminSummary[] {
    const assignedIds = new Set(assigned.map((admin) => admin.id));
    const known = new Map<string, AdminSummary>();
    for (const admin of [...detail.partnerAdmins, ...detail.assignableAdmins]) known.set(admin.id, admin);
    return [...known.values()].filter((admin) => !assignedIds.has(admin.id) && !admin.allCustomers);
  }

  #renderAdmins(detail: CustomerDetail, session: Session | undefined): TemplateResult {
    // Adding and removing are provider calls (no event lets a host take them over), so they need one.
    const canManage = Boolean(session?.permissions.managePartnerAdmins && this.provider);
    const change = this.#adminChange;
    const admins = this.#assignedAdmins(detail);
    const caption = msg('Assigned partner administrators');
    return html`${admins.length === 0
        ? html`<p class="muted">${msg('No partner administrators are assigned to this customer.')}</p>`
        : html`<div class="table-scroll" role="region" tabindex="0" aria-label=${caption}>
            <table class="table">
              <caption>${caption}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Name')}</th>
                  <th scope="col">${msg('Email')}</th>
                  <th scope="col">${msg('Role')}</th>
                  ${canManage ? html`<th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th>` : nothing}
                </tr>
              </thead>
              <tbody>
                ${admins.map(
                  (admin) => html`<tr>
                    <td>${nameCell(admin.name)}</td>
                    <td>${nameCell(admin.email)}</td>
                    <td>
                      ${roleLabel(admin.role)}
                      ${admin.allCustomers ? html`<span class="badge badge--neutral">${msg('All customers')}</span>` : nothing}
                    </td>
                    ${canManage
                      ? html`<td>
                          ${admin.allCustomers
                            ? nothing
                            : html`<button
                                class="button button--small"
                                type="button"
                                aria-label=${msg(str`Remove ${admin.name}`)}
                                ?disabled=${change.busy}
                                @click=${() => this.#changeAdmin('remove', admin, detail)}
                              >
                                ${msg('Remove')}
                              </button>`}
                        </td>`
                      : nothing}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      ${canManage ? this.#renderAddAdmin(detail, admins, change) : nothing}
      ${change.error ? html`<p class="inline-error" role="alert">${change.error}</p>` : nothing}
      <p class="visually-hidden" role="status">${change.notice ?? ''}</p>`;
  }

  #renderAddAdmin(detail: CustomerDetail, assigned: AdminSummary[], change: AdminChangeState): TemplateResult {
    const candidates = this.#assignableAdmins(detail, assigned);
    if (candidates.length === 0) return html`<p class="muted">${msg('Every partner administrator is assigned to this customer.')}</p>`;
    return html`<div class="add-admin">
      <label class="field">
        <span>${msg('Add partner administrator')}</span>
        <select class="input" id="add-admin" ?disabled=${change.busy}>
          ${candidates.map((admin) => html`<option value=${admin.id}>${admin.name} (${roleLabel(admin.role)})</option>`)}
        </select>
      </label>
      <button
        class="button"
        type="button"
        ?disabled=${change.busy}
        @click=${() => {
          const id = this.renderRoot.querySelector<HTMLSelectElement>('#add-admin')?.value;
          const admin = candidates.find((candidate) => candidate.id === id);
          if (admin) void this.#changeAdmin('assign', admin, detail);
        }}
      >
        ${msg('Add')}
      </button>
    </div>`;
  }

  async #changeAdmin(action: 'assign' | 'remove', admin: AdminSummary, detail: CustomerDetail): Promise<void> {
    const provider = this.provider;
    if (!provider || this.#adminChange.busy) return;
    const customerId = detail.customer.id;
    this.#setAdminChange({...this.#adminChange, busy: true, error: null, notice: null});
    try {
      const admins =
        action === 'assign'
          ? await provider.assignPartnerAdmin(customerId, admin.id)
          : await provider.removePartnerAdmin(customerId, admin.id);
      if (this.#shownCustomerId !== customerId || this.#view.kind !== 'ready') return;
      this.#setAdminChange({
        busy: false,
        error: null,
        notice: this.localize(() => (action === 'assign' ? msg(str`${admin.name} was added.`) : msg(str`${admin.name} was removed.`))),
        // Shown until the reload the provider's change notice triggers brings a newer detail.
        answer: {basedOn: this.#view.detail, admins},
      });
      await this.updateComplete;
      // The pressed Remove button is gone; keep focus in the panel.
      const root = this.renderRoot;
      (root.querySelector<HTMLElement>('#add-admin') ?? root.querySelector<HTMLElement>('#panel-admins'))?.focus();
    } catch (error) {
      // The list stays as the provider last said: nothing changed.
      if (this.#shownCustomerId === customerId) this.#setAdminChange({...this.#adminChange, busy: false, error: this.localize(() => errorText(error))});
    }
  }

  #setAdminChange(state: AdminChangeState): void {
    this.#adminChange = state;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customer-detail': CustomerDetailElement;
  }
}
