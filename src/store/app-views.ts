/**
 * The views of the app: the workbench of one engagement's matrix, and the views across a whole
 * workspace. The first is the default.
 */
export const APP_VIEWS = [
  'matrix',
  'parties',
  'combined',
  'party',
  'plan',
  'departments',
  'compare',
  'agreement',
] as const;

/** One view of the app. */
export type AppView = (typeof APP_VIEWS)[number];

/** Whether a string names a view. */
export function isAppView(value: string): value is AppView {
  return (APP_VIEWS as readonly string[]).includes(value);
}
