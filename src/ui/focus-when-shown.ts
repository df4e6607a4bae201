// How long to wait for the place to appear: a view or dialog loads its code on first opening.
const WAIT_MS = 4000;

function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

/**
 * Focuses the element with this id once it is on screen (a view or dialog that was just asked to
 * open renders it a few frames later, after its code has loaded), and scrolls it into the middle of
 * the screen: a "fix it" link lands the user on the field itself, not only on the right page.
 * Headings and other non-focusable targets are made focusable by script only.
 */
export function focusWhenShown(id: string): void {
  const start = performance.now();
  let settled = 0;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element && isShown(element)) {
      if (document.activeElement !== element) {
        if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
          element.setAttribute('tabindex', '-1');
        }
        element.scrollIntoView?.({ block: 'center' });
        element.focus({ preventScroll: true });
      }
      // A closing dialog gives focus back to its opener a frame later: hold on for a few frames.
      settled += 1;
      if (settled >= 3) return;
    }
    if (performance.now() - start < WAIT_MS) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
