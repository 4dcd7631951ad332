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

/** A `tel:` URL for a phone number written with digits, spaces and `+ ( ) . - /`, or null. */
export function telUrl(phone: string | null | undefined): string | null {
  if (!phone || !/^\+?[\d\s().\-/]+$/.test(phone.trim())) return null;
  const digits = phone.replace(/[^\d+]/g, '');
  return /\d{3}/.test(digits) ? `tel:${digits}` : null;
}
