/**
 * The echarts lifecycle of one chart, as a Lit reactive controller: loads echarts on first need
 * (dynamic import, once per page), creates the instance when its container first has a size,
 * applies a new option (`notMerge`: each option is complete, so nothing of an old one may linger)
 * when the inputs, the theme or the motion preference change, follows the container's size,
 * and disposes the instance and every observer and listener when the host disconnects. A host
 * that is connected again gets a new instance.
 *
 * Trusted Types: echarts empties its container with an (empty) markup assignment, which a page
 * enforcing Trusted Types must allow through a minimal default policy (README, "Trusted Types").
 * Without it the chart is not drawn; the element says so and its summary and table still work.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ChartOption} from './chart-option.ts';
import {readPalette, samePalette, type ChartPalette} from './chart-palette.ts';

type Runtime = typeof import('./echarts-runtime.ts');
type ChartInstance = ReturnType<Runtime['init']>;

let runtime: Runtime | undefined;
let loading: Promise<Runtime> | undefined;

/** echarts, imported once per page; a failed import may be tried again. */
function loadRuntime(): Promise<Runtime> {
  loading ??= import('./echarts-runtime.ts').then(
    (module) => (runtime = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export interface ChartControllerOptions {
  /** The element echarts draws into (empty, in the host's shadow root); null while none is shown. */
  container: () => HTMLElement | null;
  /** The option to draw, for the current palette and motion preference; null draws nothing. */
  option: (palette: ChartPalette, animation: boolean) => ChartOption | null;
  /** The inputs of `option` besides palette and motion; a change (item by item) redraws. */
  deps: () => readonly unknown[];
}

type ChartHost = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean};

interface Applied {
  deps: readonly unknown[];
  palette: ChartPalette;
  animation: boolean;
}

/** Attributes of `<html>` by which pages switch themes. */
const THEME_ATTRIBUTES = ['class', 'data-theme', 'style'];

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

export class ChartController implements ReactiveController {
  readonly #host: ChartHost;
  readonly #options: ChartControllerOptions;
  #connected = false;
  #container: HTMLElement | undefined;
  #instance: ChartInstance | undefined;
  #applied: Applied | undefined;
  #palette: ChartPalette | undefined;
  #failure: unknown;
  #resizeObserver: ResizeObserver | undefined;
  #themeObserver: MutationObserver | undefined;
  #themeAttributeObserver: MutationObserver | undefined;
  #mediaQueries: {query: MediaQueryList; listener: () => void}[] = [];
  #reducedMotion: MediaQueryList | undefined;

  constructor(host: ChartHost, options: ChartControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** echarts could not be loaded or could not draw: the chart is missing (the data table still works). */
  get failed(): boolean {
    return this.#failure !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
    this.#listen(this.#reducedMotion, () => this.#sync());
    this.#listen(matchMedia('(prefers-color-scheme: dark)'), () => this.refreshTheme());
    this.#listen(matchMedia('(forced-colors: active)'), () => this.refreshTheme());
    this.#themeObserver = new MutationObserver(() => this.refreshTheme());
    this.#themeObserver.observe(document.documentElement, {attributes: true, attributeFilter: THEME_ATTRIBUTES});
    // The kit's own theme switch may sit on any ancestor: only that attribute is watched page-wide.
    this.#themeAttributeObserver = new MutationObserver(() => this.refreshTheme());
    this.#themeAttributeObserver.observe(document, {attributes: true, attributeFilter: ['data-ph-theme'], subtree: true});
    // Connected again: the container is still in the shadow root but has no instance; the update
    // draws it again.
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const {query, listener} of this.#mediaQueries) query.removeEventListener('change', listener);
    this.#mediaQueries = [];
    this.#themeObserver?.disconnect();
    this.#themeObserver = undefined;
    this.#themeAttributeObserver?.disconnect();
    this.#themeAttributeObserver = undefined;
    this.#bind(undefined);
    // The theme may change while the host is away.
    this.#palette = undefined;
  }

  hostUpdated(): void {
    this.#sync();
  }

  /** Reads the theme tokens again and redraws if they changed (also after a theme switch the controller cannot see). */
  refreshTheme(): void {
    if (!this.#connected) return;
    const palette = readPalette(this.#paletteRoot());
    if (this.#palette && samePalette(this.#palette, palette)) return;
    this.#palette = palette;
    this.#sync();
  }

  #listen(query: MediaQueryList, listener: () => void): void {
    query.addEventListener('change', listener);
    this.#mediaQueries.push({query, listener});
  }

  #paletteRoot(): HTMLElement | ShadowRoot {
    const root = this.#host.renderRoot;
    return root instanceof ShadowRoot || root instanceof HTMLElement ? root : this.#host;
  }

  /** Follows `container`: the instance belongs to one container, and is disposed with it. */
  /** Whether the resize observer last saw the container with a width and a height. */
  #hasSize = false;

  #bind(container: HTMLElement | undefined): void {
    this.#instance?.dispose();
    this.#instance = undefined;
    this.#failure = undefined;
    this.#applied = undefined;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#container = container;
    this.#hasSize = false;
    if (container) {
      // The observer reports the size after each layout; reading clientWidth here instead would
      // force a layout of the whole page on every update of every chart.
      this.#resizeObserver = new ResizeObserver(([entry]) => {
        const box = entry?.contentRect;
        this.#hasSize = !!box && box.width > 0 && box.height > 0;
        if (this.#hasSize) this.#instance?.resize();
        this.#sync();
      });
      this.#resizeObserver.observe(container);
    }
  }

  #sync(): void {
    if (!this.#connected) return;
    const container = this.#options.container() ?? undefined;
    if (container !== this.#container) this.#bind(container);
    // After a failure the chart stays undrawn (its table still works) until its container changes
    // or the host is connected again: trying on every update would fail on every update.
    if (!container || this.#failure !== undefined) return;
    // A hidden or unlaid-out container has no size: echarts would draw a 0×0 canvas. The resize
    // observer calls back once the container is shown.
    if (!this.#hasSize) return;
    if (!runtime) {
      loadRuntime().then(
        () => this.#sync(),
        (error: unknown) => this.#fail(error),
      );
      return;
    }
    try {
      this.#draw(container, runtime);
    } catch (error) {
      // E.g. Trusted Types enforced without a policy that lets echarts empty its container.
      this.#fail(error);
    }
  }

  #draw(container: HTMLElement, echarts: Runtime): void {
    // Resizes come from the resize observer.
    this.#instance ??= echarts.init(container, null, {renderer: 'canvas'});
    this.#palette ??= readPalette(this.#paletteRoot());
    const applied: Applied = {deps: this.#options.deps(), palette: this.#palette, animation: !this.#reducedMotion?.matches};
    const last = this.#applied;
    if (last && sameDeps(last.deps, applied.deps) && last.palette === applied.palette && last.animation === applied.animation) return;
    this.#applied = applied;
    const option = this.#options.option(applied.palette, applied.animation);
    if (option) this.#instance.setOption(option, {notMerge: true});
    else this.#instance.clear();
  }

  #fail(error: unknown): void {
    console.warn('[partner-hub] The chart could not be drawn.', error);
    try {
      this.#instance?.dispose();
    } catch {
      // Disposing empties the container the same way drawing did; the instance is dropped anyway.
    }
    this.#instance = undefined;
    this.#applied = undefined;
    this.#failure = error;
    // After the current update: the host shows that the chart is missing.
    void Promise.resolve().then(() => this.#host.requestUpdate());
  }
}
