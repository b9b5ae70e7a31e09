/** Everything from a meeting is text: escaped for element content and for attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An attribute value, quoted. */
export const attr = (s: string): string => `"${esc(s)}"`;
