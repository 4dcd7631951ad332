/**
 * Connected mode: the rows of the current query, fetched a page at a time around what is on
 * screen. The first page (with the total and facets) comes through the element's `ProviderData`
 * controller, which owns the query's lifecycle: abort on change, stale answers dropped, timeout,
 * retry, reload when the provider reports a change. Further pages are many small requests whose
 * set follows the scroll position — `ProviderData` (one request per input) does not fit them — so
 * this keeps its own cache: one AbortController per page request, requests for pages scrolled past
 * aborted, a bounded number of pages kept, and everything dropped when the query changes.
 */
import type {CustomerPage, CustomerRow} from '@partner-hub/core';
import {DEFAULT_TIMEOUT_MS, TimeoutError} from '../internal/provider-data.ts';

export type PageLoader = (offset: number, limit: number, signal: AbortSignal) => Promise<CustomerPage>;

/** Rows per request. */
export const PAGE_SIZE = 100;
/** Pages kept: a few screens either way, whatever the dataset size. */
const MAX_PAGES = 30;
/** Rows fetched beyond the visible ones, so a slow scroll rarely shows placeholders. */
const PREFETCH_ROWS = 50;
/** Requests wait this long for the scroll to settle: dragging the scrollbar asks for little. */
const REQUEST_DELAY_MS = 40;

function isAbort(error: unknown): boolean {
  return (error as {name?: string} | null)?.name === 'AbortError';
}

export class PageWindow {
  readonly #onChange: () => void;
  #load: PageLoader | undefined;
  /** Page number → rows, in order of last use (oldest first). */
  #pages = new Map<number, CustomerRow[]>();
  /** Pages from before a reload of the same query: shown until their fresh copy arrives. */
  #stale = new Set<number>();
  #inflight = new Map<number, AbortController>();
  #failed = new Set<number>();
  #error: string | null = null;
  #range: [number, number] = [0, 0];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
  }

  /**
   * Starts on a query whose first page just arrived. For a reload of the same query (the data
   * changed) the other pages stay on screen, marked stale, until their fresh copies replace them.
   */
  reset(load: PageLoader, firstPage: CustomerRow[], sameQuery: boolean): void {
    this.pause();
    this.#load = load;
    this.#failed.clear();
    this.#error = null;
    if (sameQuery) this.#stale = new Set(this.#pages.keys());
    else {
      this.#pages.clear();
      this.#stale.clear();
    }
    this.#pages.delete(0);
    this.#pages.set(0, firstPage);
    this.#stale.delete(0);
    this.want(...this.#range);
  }

  /** Stops every request (the query changed, or the element left the page). */
  pause(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const request of this.#inflight.values()) request.abort();
    this.#inflight.clear();
    this.#load = undefined;
  }

  row(index: number): CustomerRow | undefined {
    return this.#pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Replaces a customer's row where it is cached (after a change the provider accepted). */
  replace(row: CustomerRow): void {
    for (const [page, rows] of this.#pages) {
      const at = rows.findIndex((candidate) => candidate.id === row.id);
      if (at >= 0) this.#pages.set(page, rows.with(at, row));
    }
  }

  /** Why rows could not be loaded, until `retry()`; null when all went well. */
  get error(): string | null {
    return this.#error;
  }

  retry(): void {
    this.#failed.clear();
    this.#error = null;
    this.want(...this.#range);
    this.#onChange();
  }

  /** The rows on screen are `first … last`: loads what is missing around them, shortly. */
  want(first: number, last: number): void {
    this.#range = [first, last];
    if (this.#timer !== undefined || !this.#load) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#fetch();
    }, REQUEST_DELAY_MS);
  }

  #fetch(): void {
    const [first, last] = this.#range;
    const from = Math.floor(Math.max(0, first - PREFETCH_ROWS) / PAGE_SIZE);
    const to = Math.floor((last + PREFETCH_ROWS) / PAGE_SIZE);
    for (const [page, request] of this.#inflight) {
      if (page < from || page > to) {
        request.abort();
        this.#inflight.delete(page);
      }
    }
    for (let page = from; page <= to; page += 1) {
      const rows = this.#pages.get(page);
      if (rows) {
        // Mark as recently used.
        this.#pages.delete(page);
        this.#pages.set(page, rows);
      }
      if ((!rows || this.#stale.has(page)) && !this.#inflight.has(page) && !this.#failed.has(page)) this.#request(page);
    }
    for (const page of this.#pages.keys()) {
      if (this.#pages.size <= MAX_PAGES) break;
      if (page < from || page > to) this.#pages.delete(page);
    }
  }

  #request(page: number): void {
    const load = this.#load!;
    const request = new AbortController();
    this.#inflight.set(page, request);
    const timer = setTimeout(() => request.abort(new TimeoutError(DEFAULT_TIMEOUT_MS)), DEFAULT_TIMEOUT_MS);
    // A provider that ignores its signal must not deliver rows after an abort.
    const aborted = new Promise<never>((_, reject) =>
      request.signal.addEventListener('abort', () => reject(request.signal.reason), {once: true}),
    );
    const answer = load(page * PAGE_SIZE, PAGE_SIZE, request.signal);
    answer.catch(() => {});
    Promise.race([answer, aborted]).then(
      ({items}) => {
        if (this.#inflight.get(page) !== request) return;
        this.#pages.delete(page);
        this.#pages.set(page, items);
        this.#stale.delete(page);
        this.#onChange();
      },
      (error: unknown) => {
        // Aborted requests were superseded; a timeout (TimeoutError) is a failure like any other.
        if (this.#inflight.get(page) !== request || isAbort(error)) return;
        this.#failed.add(page);
        this.#error = error instanceof Error && error.message ? error.message : String(error);
        this.#onChange();
      },
    ).finally(() => {
      clearTimeout(timer);
      if (this.#inflight.get(page) === request) this.#inflight.delete(page);
    });
  }
}
