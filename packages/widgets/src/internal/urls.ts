/**
 * URLs from the provider (launch links, invoices) are data, not code: only http(s) ones may become a
 * link or a navigation, so a `javascript:` or `data:` value can never run in the host page.
 */

/** `value` resolved against the page as an http(s) URL, or null when it is anything else. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
