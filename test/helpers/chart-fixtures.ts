/** Helpers for the chart tests: generated analytics, providers that count or fail, the echarts instance of a chart. */
import {waitUntil} from '@open-wc/testing';
import {
  generateDataset,
  InMemoryProvider,
  type CallingAnalytics,
  type PartnerHubDataProvider,
  type SubscriptionAnalytics,
} from '../../packages/core/src/index.ts';

export const HOSTILE = '<img src=x onerror=window.__xss=1>';

let shared: InMemoryProvider | undefined;

/** One generated provider for the file (60 customers, seed 1): every calling and licence edge case. */
export function generatedProvider(): InMemoryProvider {
  shared ??= new InMemoryProvider(generateDataset({customers: 60, seed: 1}), {validate: false});
  return shared;
}

export function callingAnalytics(): Promise<CallingAnalytics> {
  return generatedProvider().getCallingAnalytics();
}

export function subscriptionAnalytics(product: 'meetings' | 'calling' = 'meetings'): Promise<SubscriptionAnalytics> {
  return generatedProvider().getSubscriptionAnalytics(product);
}

/** The real provider with some methods replaced. */
export function overriding(inner: PartnerHubDataProvider, overrides: Partial<PartnerHubDataProvider>): PartnerHubDataProvider {
  return new Proxy(inner, {
    get(target, key) {
      if (key in overrides) return overrides[key as keyof PartnerHubDataProvider];
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A provider that records each analytics call by method name. */
export function countingProvider(inner: PartnerHubDataProvider = generatedProvider()) {
  const calls: string[] = [];
  const provider = overriding(inner, {
    getCallingAnalytics: (options) => {
      calls.push('getCallingAnalytics');
      return inner.getCallingAnalytics(options);
    },
    getSubscriptionAnalytics: (product, options) => {
      calls.push(`getSubscriptionAnalytics:${product}`);
      return inner.getSubscriptionAnalytics(product, options);
    },
  });
  return {provider, calls};
}

/** A provider whose analytics calls fail until `recover()` is called. */
export function failingThenRecovering(message = 'The partner service is not available right now (HTTP 503).') {
  let failing = true;
  const inner = generatedProvider();
  const fail = () => Promise.reject(new Error(message));
  const provider = overriding(inner, {
    getCallingAnalytics: (options) => (failing ? fail() : inner.getCallingAnalytics(options)),
    getSubscriptionAnalytics: (product, options) => (failing ? fail() : inner.getSubscriptionAnalytics(product, options)),
  });
  return {provider, recover: () => (failing = false)};
}

export function plot(el: HTMLElement): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('.plot');
}

type EchartsCore = typeof import('echarts/core');

/** echarts as the charts load it (same module instance), imported only when a test needs it. */
export function echarts(): Promise<EchartsCore> {
  return import('echarts/core');
}

/** The chart's echarts instance, once drawn. */
export async function drawnChart(el: HTMLElement) {
  const {getInstanceByDom} = await echarts();
  await waitUntil(() => {
    const container = plot(el);
    return container !== null && getInstanceByDom(container) !== undefined;
  }, `<${el.localName}> did not draw its chart`, {timeout: 5000});
  return getInstanceByDom(plot(el)!)!;
}

/** The parts of a drawn chart's normalised option (`getOption()`) the tests read back. */
export interface DrawnOption {
  animation: boolean;
  series: {name: string; type: string; data: unknown[]; stack?: string; yAxisIndex?: number; itemStyle?: {color?: string}}[];
  xAxis: {data?: string[]}[];
  yAxis: {data?: string[]; inverse?: boolean}[];
  aria: {enabled: boolean; label: {description: string}; decal: {show: boolean}};
}

export function drawnOption(instance: {getOption(): unknown}): DrawnOption {
  return instance.getOption() as DrawnOption;
}

/** Waits until `check()` holds for the chart's drawn option (a redraw happens on the next update). */
export async function waitForOption(el: HTMLElement, check: (option: DrawnOption) => boolean, message: string): Promise<DrawnOption> {
  let option: DrawnOption | undefined;
  await waitUntil(async () => {
    const {getInstanceByDom} = await echarts();
    const container = plot(el);
    const instance = container ? getInstanceByDom(container) : undefined;
    option = instance ? drawnOption(instance) : undefined;
    return option !== undefined && check(option);
  }, message, {timeout: 5000});
  return option!;
}
