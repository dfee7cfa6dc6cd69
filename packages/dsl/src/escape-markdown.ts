/**
 * Policy text inside Markdown (hovers, completion documentation) is shown as text: every character
 * Markdown gives a meaning to is escaped, so a title cannot become a link, a heading or raw HTML.
 */

const MARKDOWN_CHARACTERS = /[\\`*_{}[\]()#+\-.!<>|~&=:$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(MARKDOWN_CHARACTERS, (character) => `\\${character}`);
}

/** A name (an id) as inline code; backticks and line breaks, which a code span cannot hold, are dropped. */
export function markdownCode(name: string): string {
  return `\`${name.replace(/[`\r\n\u2028\u2029]/g, '')}\``;
}
