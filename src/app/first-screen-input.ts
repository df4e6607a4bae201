/**
 * Choices made on the prerendered first screen before the app took it over. The app loads after
 * the first screen is painted (public/first-screen.js), so a quick visitor can change a choice
 * before it. The choices open then are selects (the language): the workbench is inert and the
 * actions are disabled until the app has started. The page itself remembers the choice; the app
 * puts it back as prerendered, so that hydration finds the markup it made, hydrates, and makes the
 * choice again through React. Nothing is lost, and nothing shows a choice the app does not know of.
 */
export interface ChangedChoice {
  readonly select: HTMLSelectElement;
  readonly value: string;
}

/** The selects in `root` whose choice differs from the markup. */
export function findChangedChoices(root: ParentNode): ChangedChoice[] {
  return [...root.querySelectorAll('select')]
    .filter((select) => [...select.options].some((o) => o.selected !== o.defaultSelected))
    .map((select) => ({ select, value: select.value }));
}

/** Puts the changed choices back as in the markup. */
export function putChoicesBack(changed: readonly ChangedChoice[]): void {
  for (const { select } of changed) {
    for (const option of select.options) option.selected = option.defaultSelected;
  }
}

/** Makes the choices again on the hydrated page, as the visitor did: React sees each change. */
export function makeChoicesAgain(changed: readonly ChangedChoice[]): void {
  for (const { select, value } of changed) {
    if (!select.isConnected) continue;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
