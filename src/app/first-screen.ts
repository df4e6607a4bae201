import type { Language } from '@/i18n/languages';

/**
 * The first screen is prerendered at build time (scripts/prerender-plugin.ts): the matrix of a new
 * workspace in the default scenario, once per language, in index.html as `#root` (zh-CN) and
 * `#root-en` (en), each marked with this attribute and the language it holds. public/first-screen.js,
 * a classic script in <head>, sets <html lang> to the language the app will start in before the body
 * is parsed (app.css shows only that language's container), and marks <html> with the same
 * attribute: that language when the app's first render is the prerendered one (a first visit, no
 * share link, an address asking for nothing but the default), `none` otherwise (then neither shows).
 */
export const FIRST_SCREEN = 'data-first-screen';

/** The useId prefix of a language's prerendered markup, so the two copies never share an id. */
export function firstScreenIdPrefix(language: Language): string {
  // `z` for zh-CN, `e` for en.
  return language.charAt(0);
}

/**
 * Keeps the prerendered container of `language` as `#root` when the head script found that the app
 * starts with it, removes the rest, and says whether to hydrate it. Otherwise (no prerendered markup,
 * as on the dev server; the script did not run; another first render) `#root` is emptied for a
 * client render.
 */
export function takeFirstScreen(
  doc: Document,
  language: Language,
): { root: HTMLElement; hydrate: boolean } {
  const html = doc.documentElement;
  const starts = html.getAttribute(FIRST_SCREEN) === language;
  html.removeAttribute(FIRST_SCREEN);
  const containers = [...doc.querySelectorAll<HTMLElement>(`[${FIRST_SCREEN}]`)];
  const match = starts
    ? containers.find((c) => c.getAttribute(FIRST_SCREEN) === language)
    : undefined;
  const root = match ?? (doc.getElementById('root') as HTMLElement);
  for (const container of containers) if (container !== root) container.remove();
  root.id = 'root';
  root.removeAttribute(FIRST_SCREEN);
  if (!match) root.replaceChildren();
  return { root, hydrate: match !== undefined };
}
