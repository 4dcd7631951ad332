import {msg, str} from '@lit/localize';
import {searchTerms, foldForSearch, type Helpdesk, type Resource, type ResourcesAnswer} from '@partner-hub/core';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {productLabel} from '../i18n/products.ts';
import {ConnectedElement} from '../internal/connected-element.ts';
import {dataView, setViewStates, type DataView} from '../internal/data-view.ts';
import {HubElement} from '../internal/hub-element.ts';
import {renderEmpty, renderError, renderLoading, stateStyles} from '../internal/states.ts';
import {httpUrl, telUrl} from '../internal/urls.ts';
import {resourceCenterStyles} from './resource-center.styles.ts';
import {checked, RESOURCES} from '../internal/checked-answer.ts';

/** How long typing pauses before the search applies (ms). */
export const RESOURCE_SEARCH_DELAY_MS = 250;

function isEmpty(resources: ResourcesAnswer): boolean {
  return resources.all.length === 0 && resources.quickLinks.length === 0 && resources.featured.length === 0;
}

/** Resources that are not about one product carry `general`. */
function resourceProductLabel(product: string): string {
  return product === 'general' ? msg('General') : productLabel(product);
}

/**
 * The partner's resources and help: quick links, featured resources, the list of all resources
 * (searched case- and accent-insensitively over title, category and product, and filtered by
 * category and product) and the partner helpdesk contact (link, and phone when known).
 *
 * Links open in a new tab (`rel="noopener noreferrer"`, announced as such); only http(s) URLs
 * become links, anything else (`javascript:`, `data:` …) shows as plain text.
 *
 * Connected: loads `getResources()` from its provider. Presentational: set `resources`.
 *
 * @summary Quick links, featured resources, searchable list of all resources, partner helpdesk.
 *
 * @csspart quick-links - The quick links section.
 * @csspart featured - The featured resources section.
 * @csspart all - The section with the list of all resources.
 * @csspart search - The search input.
 * @csspart category-filter - The category select.
 * @csspart product-filter - The product select.
 * @csspart no-match - The message shown when no resource matches.
 * @csspart helpdesk - The partner helpdesk contact.
 * @csspart link - Every resource and helpdesk link.
 * @csspart loading - The loading block.
 * @csspart error - The error block with its Retry button.
 * @csspart empty - The "no resources" message.
 *
 * @cssproperty [--resource-center-gap=var(--ph-space-xl)] - Space between the sections.
 * @cssproperty [--resource-center-card-background=var(--ph-color-surface-raised)] - Background of a featured resource.
 *
 * @cssstate loading - The resources are being loaded.
 * @cssstate empty - There are no resources.
 * @cssstate error - Loading failed; a Retry button is shown.
 */
export class ResourceCenter extends ConnectedElement {
  static override styles = [...HubElement.styles, stateStyles, resourceCenterStyles];

  /** The resources to show, set by the host instead of loading them (presentational use). */
  @property({attribute: false}) resources: ResourcesAnswer | undefined;

  /** The applied search text (typing applies it after a short pause; setting it applies at once). */
  @property({attribute: 'search', reflect: true}) search = '';

  /** Only resources of this category; empty for all. Follows the viewer's choice. */
  @property({attribute: 'category', reflect: true}) category = '';

  /** Only resources of this product id (`general` = not about one product); empty for all. */
  @property({attribute: 'product', reflect: true}) product = '';

  readonly #data = this.loadFromProvider({
    args: () => [this.resources === undefined] as const,
    load: (provider, [needed], signal) => (needed ? checked(RESOURCES, provider.getResources({signal})) : Promise.resolve(undefined)),
  });

  #view: DataView<ResourcesAnswer> = {kind: 'idle'};
  #draft = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#applySearch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('search') && this.search !== this.#draft) {
      clearTimeout(this.#searchTimer);
      this.#draft = this.search;
    }
  }

  protected override render(): TemplateResult {
    const view = (this.#view = dataView(this.resources, this.#data));
    switch (view.kind) {
      case 'error':
        return renderError(this.#data.errorMessage, () => this.#data.retry());
      case 'loading':
        return renderLoading(msg('Loading resources…'));
      case 'idle':
        return renderEmpty(msg('No resources.'));
      case 'ready': {
        const resources = view.value;
        return html`<div class="center" aria-busy=${view.refreshing ? 'true' : nothing}>
          ${isEmpty(resources)
            ? renderEmpty(msg('There are no resources yet.'))
            : html`${this.#renderQuickLinks(resources.quickLinks)} ${this.#renderFeatured(resources.featured)}
              ${this.#renderAll(resources)}`}
          ${this.#renderHelpdesk(resources.helpdesk)}
        </div>`;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    setViewStates((name, on) => this.setState(name, on), this.#view, isEmpty);
  }

  /** The resources of `all` that the search, category and product select, in their order. */
  matching(all: readonly Resource[]): Resource[] {
    const terms = searchTerms(this.search);
    return all.filter((resource) => {
      if (this.category && resource.category !== this.category) return false;
      if (this.product && resource.product !== this.product) return false;
      if (terms.length === 0) return true;
      const text = foldForSearch(`${resource.title} ${resource.category} ${resourceProductLabel(resource.product)}`);
      return terms.every((term) => text.includes(term));
    });
  }

  #renderLink(resource: Resource, clamp = false): TemplateResult {
    return externalLink(resource.url, resource.title, clamp);
  }

  #renderQuickLinks(links: Resource[]): TemplateResult | typeof nothing {
    if (links.length === 0) return nothing;
    return html`<section class="section" part="quick-links" aria-labelledby="quick-title">
      <h3 class="heading" id="quick-title">${msg('Quick links')}</h3>
      <ul class="list quick">
        ${links.map((resource) => html`<li>${this.#renderLink(resource)}</li>`)}
      </ul>
    </section>`;
  }

  #renderFeatured(featured: Resource[]): TemplateResult | typeof nothing {
    if (featured.length === 0) return nothing;
    return html`<section class="section" part="featured" aria-labelledby="featured-title">
      <h3 class="heading" id="featured-title">${msg('Featured')}</h3>
      <ul class="list featured">
        ${featured.map(
          (resource) => html`<li class="card">
            ${this.#renderLink(resource)}
            <p class="meta clamp" title=${meta(resource)}>${meta(resource)}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderAll(resources: ResourcesAnswer): TemplateResult {
    const shown = this.matching(resources.all);
    return html`<section class="section" part="all" aria-labelledby="all-title">
      <h3 class="heading" id="all-title">${msg('All resources')}</h3>
      <div class="toolbar">
        <label class="field">
          <span>${msg('Search')}</span>
          <input
            class="input"
            part="search"
            type="search"
            autocomplete="off"
            .value=${this.#draft}
            @input=${this.#onSearchInput}
            @keydown=${this.#onSearchKeydown}
          />
        </label>
        <label class="field">
          <span>${msg('Category')}</span>
          <select class="input" part="category-filter" @change=${(event: Event) => (this.category = selectValue(event))}>
            <option value="" ?selected=${!this.category}>${msg('All categories')}</option>
            ${resources.categories.map((category) => html`<option value=${category} ?selected=${category === this.category}>${category}</option>`)}
          </select>
        </label>
        <label class="field">
          <span>${msg('Product')}</span>
          <select class="input" part="product-filter" @change=${(event: Event) => (this.product = selectValue(event))}>
            <option value="" ?selected=${!this.product}>${msg('Any product')}</option>
            ${resources.products.map(
              (product) => html`<option value=${product} ?selected=${product === this.product}>${resourceProductLabel(product)}</option>`,
            )}
          </select>
        </label>
      </div>
      <p class="muted" role="status">
        ${msg(str`Showing ${this.format.number(shown.length)} of ${this.format.number(resources.all.length)}`)}
      </p>
      ${shown.length === 0
        ? html`<div class="state" part="no-match">
            <span>${msg('No resources match the search and filters.')}</span>
            <button class="button" type="button" @click=${this.#clearFilters}>${msg('Clear search and filters')}</button>
          </div>`
        : html`<ul class="list all">
            ${shown.map(
              (resource) => html`<li>
                ${this.#renderLink(resource, true)}
                <span class="meta clamp" title=${meta(resource)}>${meta(resource)}</span>
              </li>`,
            )}
          </ul>`}
    </section>`;
  }

  #renderHelpdesk(helpdesk: Helpdesk | undefined): TemplateResult | typeof nothing {
    if (!helpdesk || (!helpdesk.url && !helpdesk.phone)) return nothing;
    const tel = telUrl(helpdesk.phone);
    return html`<section class="section" part="helpdesk" aria-labelledby="helpdesk-title">
      <h3 class="heading" id="helpdesk-title">${msg('Partner helpdesk')}</h3>
      <p class="helpdesk">
        ${helpdesk.url
          ? httpUrl(helpdesk.url)
            ? externalLink(helpdesk.url, msg('Contact the partner helpdesk'))
            : html`<span class="title clamp" title=${helpdesk.url}>${helpdesk.url}</span>`
          : nothing}
        ${helpdesk.phone
          ? html`<span>${msg('Phone')}: ${tel ? html`<a class="link" part="link" href=${tel}>${helpdesk.phone}</a>` : helpdesk.phone}</span>`
          : nothing}
      </p>
    </section>`;
  }

  #onSearchInput(event: Event): void {
    this.#draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), RESOURCE_SEARCH_DELAY_MS);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.#applySearch();
  }

  #applySearch(): void {
    clearTimeout(this.#searchTimer);
    this.search = this.#draft;
  }

  async #clearFilters(): Promise<void> {
    this.search = this.#draft = '';
    this.category = '';
    this.product = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('[part="search"]')?.focus();
  }
}

/** A resource's category and product, as its listing shows them. */
function meta(resource: Resource): string {
  return `${resource.category} · ${resourceProductLabel(resource.product)}`;
}

function selectValue(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}

/**
 * A link that opens in a new tab, announced as such, when `url` is http(s); otherwise `text` as
 * plain text: a `javascript:` or `data:` URL from the data never becomes a link. `clamp` stops a
 * long link text after a few lines (plain text always stops).
 */
function externalLink(url: string, text: string, clamp = false): TemplateResult {
  const href = httpUrl(url);
  if (!href) return html`<span class="title clamp" title=${text}>${text}</span>`;
  // The title (full text on hover) sits on the text itself: on the link, whose name also says
  // "opens in a new tab", it would be read out again as the link's description.
  return html`<a class="link ${clamp ? 'clamp' : ''}" part="link" href=${href} target="_blank" rel="noopener noreferrer"
    ><span title=${text}>${text}</span><span class="visually-hidden"> ${msg('(opens in a new tab)')}</span><span aria-hidden="true"> ↗</span></a
  >`;
}
