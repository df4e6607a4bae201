/** The languages the app speaks; Chinese first, as the report's own language. */
export const LANGUAGES = ['zh-CN', 'en'] as const;

/** A supported language tag. */
export type Language = (typeof LANGUAGES)[number];

/** Whether a string is a supported language tag. */
export function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

/**
 * The language to start in: the one the user chose before, else the first of the browser's
 * preferences that we speak (any Chinese variant reads the zh-CN texts), else English.
 */
export function detectLanguage(remembered: string | null, preferred: readonly string[]): Language {
  if (isLanguage(remembered)) return remembered;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
