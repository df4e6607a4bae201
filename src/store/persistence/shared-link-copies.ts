// Which saved workspace was made from which share link, so the same link opened again goes to that
// copy instead of making another. Kept beside the library (not in a workspace), by a fingerprint of
// the link's data, never the data itself.
const KEY = 'shared-responsibility-workbench.shared-link-copies';

function readAll(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const copies: Record<string, string> = Object.create(null);
    for (const [fingerprint, id] of Object.entries(parsed)) {
      if (typeof id === 'string') copies[fingerprint] = id;
    }
    return copies;
  } catch {
    return {};
  }
}

/** The id of the workspace saved from the link with this fingerprint, if one was. */
export function findSharedCopy(fingerprint: string): string | null {
  return readAll()[fingerprint] ?? null;
}

/** Remembers that the link with this fingerprint was saved as the workspace `id`. */
export function rememberSharedCopy(fingerprint: string, id: string): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [fingerprint]: id }));
  } catch {
    // Storage full or off: the next opening shows the preview again, which loses nothing.
  }
}
