// What a document being printed may do: nothing but show itself. It is rendered with JavaScript off,
// in a session of its own whose only answer is the document (served by the printer under a one-time
// address); every other request fails, so a printed page can neither reach the network nor read a
// file, and the CSP says the same to the page. The Electron window and the PC host's Chromium apply
// the same policy.

/** Inline styles and images/fonts embedded as data: URLs, nothing else. */
export const printContentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "script-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The origin documents are served from while printing: `.invalid` can never resolve (RFC 2606). */
export const PRINT_ORIGIN = 'https://afdruk.locatiedesk.invalid'

export function printDocumentUrl(token: string): string {
  return `${PRINT_ORIGIN}/${token}.html`
}

/** Headers of the one response a print session gives. */
export function printResponseHeaders(): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': printContentSecurityPolicy,
    'cache-control': 'no-store',
  }
}
