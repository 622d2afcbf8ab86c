/** The CSRF header for state-changing calls when signed in by cookie (double submit: echo the tw_csrf cookie). */
export function csrfHeader(): Record<string, string> {
  const match = /(?:^|;\s*)tw_csrf=([^;]+)/.exec(document.cookie);
  return match ? { 'x-csrf-token': decodeURIComponent(match[1]!) } : {};
}
