/**
 * The kit's base element: host styles and theme tokens, `lang`/`dir` handling, the resolved locale
 * and its formatter, and custom states (`:state(loading)`, `:state(empty)`, `:state(error)`).
 *
 * Elements extend `HubElement`. `HubElementBase` is the same without the `format` shorthand, for
 * the elements whose public API has a `format` property of their own (`<kpi-tile>`, SPEC §1).
 */
import {consume} from '@lit/context';
import {LitElement, css, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {Formatter} from '../i18n/format.ts';
import {inheritedLang, resolveLocale, type UiLanguage} from '../i18n/locale.ts';
import {inLanguage, isLanguageReady, loadLanguage, uiLanguage} from '../i18n/localization.ts';
import {adoptDocumentTokens} from '../themes/tokens.ts';
import {localeContext} from './context.ts';

export type HubState = 'loading' | 'empty' | 'error';

const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--ph-color-text);
    font-family: var(--ph-font-family);
    font-size: var(--ph-font-size-m);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host *,
  :host *::before,
  :host *::after {
    box-sizing: inherit;
  }
  /* For screen readers only. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Text from the data that may be very long (a name, a title): it wraps anywhere and stops after
     --_clamp lines (3 unless set), its full text in the element's title. */
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp, 3);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
`;

export class HubElementBase extends LitElement {
  static override styles = [hostStyles];

  /** Language of the element (BCP 47). Unset: the hub's locale, then the nearest ancestor's `lang`. */
  @property() override lang!: string;

  /** Text direction (`ltr`, `rtl`, `auto`); inherited when unset. */
  @property() override dir!: string;

  /** Locale provided by an enclosing `<partner-hub>`. */
  @consume({context: localeContext, subscribe: true})
  @property({attribute: false})
  contextLocale: string | undefined;

  /** The locale in effect: own `lang`, hub locale, ancestor `lang`, `<html lang>`, English. */
  @state() protected locale = 'en';

  /** Intl formatting for `locale`. */
  protected formatter = new Formatter('en');

  protected readonly internals: ElementInternals;

  static #langObserver: MutationObserver | undefined;
  static readonly #connected = new Set<HubElementBase>();

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The language of the element's messages (its locale's language when the kit has it, else English). */
  get messageLanguage(): UiLanguage {
    return uiLanguage(this.locale);
  }

  /** Runs `work` with `msg()` answering in this element's language: for messages made outside an update (async handlers, callbacks). */
  protected localize<T>(work: () => T): T {
    return inLanguage(this.messageLanguage, work);
  }

  /** Waits for the catalogue of the element's language before it renders: no flash of English. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // The locale may have changed (an ancestor's `lang`) since the last update.
    this.refreshLocale();
    const language = this.messageLanguage;
    if (!isLanguageReady(language)) return loadLanguage(language).then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /** Every update (willUpdate, render, updated) speaks the element's language. */
  protected override performUpdate(): void {
    inLanguage(this.messageLanguage, () => super.performUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentTokens(this.ownerDocument);
    HubElementBase.#connected.add(this);
    HubElementBase.#watchDocumentLang();
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    HubElementBase.#connected.delete(this);
    if (HubElementBase.#connected.size === 0) {
      HubElementBase.#langObserver?.disconnect();
      HubElementBase.#langObserver = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('contextLocale')) this.refreshLocale();
  }

  /** Re-resolves the locale (also after an ancestor's `lang` changed). */
  refreshLocale(): void {
    const locale = resolveLocale([this.lang, this.contextLocale, inheritedLang(this), document.documentElement.lang]);
    if (locale !== this.locale) {
      this.locale = locale;
      this.formatter = new Formatter(locale);
    }
  }

  /** Turns a custom state on or off (`:state(loading)` etc. in CSS). */
  protected setState(name: HubState, on: boolean): void {
    const states = this.internals.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  static #watchDocumentLang(): void {
    if (HubElementBase.#langObserver) return;
    // One observer for the whole page: a change of any `lang` re-resolves every element's locale.
    HubElementBase.#langObserver = new MutationObserver(() => {
      for (const element of HubElementBase.#connected) element.refreshLocale();
    });
    HubElementBase.#langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
}

export class HubElement extends HubElementBase {
  /** Intl formatting for `locale`. */
  protected get format(): Formatter {
    return this.formatter;
  }
}
