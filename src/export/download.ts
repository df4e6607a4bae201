// Long enough for every browser to have started reading the file (Safari and Firefox read the URL
// after the click returns), short enough not to keep a large export in memory for long.
const REVOKE_AFTER_MS = 40_000;

/**
 * Saves a file the user asked for: the browser's own download of an object URL through a temporary
 * `<a download>`; the URL is revoked afterwards. The only DOM code of the exports. A Blob is saved
 * with the type it was made with (the worker's files carry theirs); a text needs its type.
 */
export function downloadFile(name: string, content: Blob): void;
export function downloadFile(name: string, content: string, mimeType: string): void;
export function downloadFile(name: string, content: string | Blob, mimeType = ''): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mimeType }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
