/** A CSS string literal of a text: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f]+/g, ' ');
  return `"${escaped}"`;
}

/**
 * A message such as `第 {page} 页 / 共 {pages} 页` as the value of CSS `content`, with the page
 * counters in place of the placeholders, so page numbers follow the language of the texts.
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}
