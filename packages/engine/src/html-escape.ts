/**
 * Text made safe for HTML: every string that comes from a policy (titles, labels, descriptions,
 * citations) goes through `escapeHtml` before it is put in a page, so that a title containing
 * `<script>` stays text. Safe both between tags and inside double- or single-quoted attributes.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => REPLACEMENTS[character]!);
}
