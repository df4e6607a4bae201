/**
 * Choices made on the prerendered first screen before the app took it over. The app loads after
 * the first screen is painted (public/first-screen.js), so a quick visitor can change a choice
 * before it (today the language: the workbench is inert and the actions disabled until then). The
 * page itself remembers the choice; the app puts it back as prerendered, so that hydration finds the
 * markup it made, hydrates, and makes the choice again through React. Nothing is lost, and nothing
 * shows a choice the app does not know of.
 */
export interface ChangedChoice {
  readonly target: HTMLInputElement | HTMLSelectElement;
  readonly value: string;
  readonly checked: boolean;
}

type Field = HTMLInputElement | HTMLSelectElement;

function isSelect(field: Field): field is HTMLSelectElement {
  return field.tagName === 'SELECT';
}

/**
 * The selects, checkboxes and radios in `root` whose state differs from the markup: for a radio
 * group, the radio now checked (the one unchecked by it follows).
 */
export function findChangedChoices(root: ParentNode): ChangedChoice[] {
  const fields = root.querySelectorAll<Field>(
    'select, input[type="checkbox"], input[type="radio"]',
  );
  const changed: ChangedChoice[] = [];
  for (const field of fields) {
    const differs = isSelect(field)
      ? [...field.options].some((option) => option.selected !== option.defaultSelected)
      : field.checked !== field.defaultChecked && (field.type === 'checkbox' || field.checked);
    if (!differs) continue;
    changed.push({ target: field, value: field.value, checked: !isSelect(field) && field.checked });
  }
  return changed;
}

/** Puts the changed choices back as in the markup. */
export function putChoicesBack(changed: readonly ChangedChoice[]): void {
  for (const { target: field } of changed) {
    if (isSelect(field)) {
      for (const option of field.options) option.selected = option.defaultSelected;
    } else if (field.type === 'radio') {
      // The whole group: checking its prerendered choice unchecks the one picked since.
      const group = field.ownerDocument.querySelectorAll<HTMLInputElement>(
        `input[type="radio"][name="${CSS.escape(field.name)}"]`,
      );
      for (const radio of group) radio.checked = radio.defaultChecked;
    } else {
      field.checked = field.defaultChecked;
    }
  }
}

/** Makes the choices again on the hydrated page, as the visitor did: React sees each change. */
export function makeChoicesAgain(changed: readonly ChangedChoice[]): void {
  for (const { target: field, value, checked } of changed) {
    if (!field.isConnected) continue;
    if (isSelect(field)) {
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (field.checked !== checked) {
      // A click, as the visitor's was: it checks, fires input and change, and React sees it.
      field.click();
    }
  }
}
