// The "render a 1,000-row matrix" figure: the combined view of a 200-engagement workspace (1,000 layer
// rows, plus each engagement's assurance rows), opened with a real click on its navigation link.
import { openApp } from './browser.mjs';
import { generateWorkspaceRecord } from './workspace-fixture.mjs';

const COMBINED_LINK = 'All engagements';
const MATRIX_LINK = 'Matrix';
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const bench200 = () => generateWorkspaceRecord('bench-200-engagements', 200);

/**
 * Runs in the page: starts a timer at the next click (capture phase, before the app sees it) and
 * takes two times, each ended by a task posted from the next animation frame, so it includes that
 * frame's style, layout and paint:
 * - `ms`: the frame in which the view first shows its count ("Showing N of N rows") and rows in its
 *   tables: what the user sees first (the view renders about a screenful of engagements at once);
 * - `allMs`: the frame in which all N rows are in the DOM (the rest arrive in later tasks).
 * `domMs` is the part of `ms` until the first rows were in the DOM.
 */
function armCombinedTimer({ name, timeoutMs }) {
  window.__benchTimer = new Promise((resolve, reject) => {
    let observer = null;
    let first = null;
    const timer = setTimeout(() => {
      observer?.disconnect();
      reject(new Error(`${name}: the rows did not all show within ${timeoutMs} ms`));
    }, timeoutMs);
    const afterNextPaint = (then) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = then;
        channel.port2.postMessage(null);
      });
    const measure = (label) => {
      performance.mark(`${name}:${label}`);
      return performance.measure(`${name}:${label}`, `${name}:start`, `${name}:${label}`);
    };
    const rowsInView = () => {
      const status = document.querySelector('.combined-count')?.textContent ?? '';
      const match = /Showing (\d+) of (\d+) rows/.exec(status);
      if (!match || match[1] !== match[2]) return null;
      return {
        expected: Number(match[1]),
        rows: document.querySelectorAll('.combined-table tbody tr').length,
      };
    };
    const onMutation = () => {
      const seen = rowsInView();
      if (seen === null || seen.rows === 0) return;
      if (first === null) {
        const domAt = performance.now();
        first = { domAt };
        afterNextPaint(() => {
          const m = measure('first-rows');
          first = { ...first, ms: m.duration, domMs: domAt - m.startTime };
          if (first.allMs !== undefined) done();
        });
      }
      if (seen.rows < seen.expected) return;
      observer.disconnect();
      afterNextPaint(() => {
        first = { ...first, allMs: measure('all-rows').duration, rows: seen.rows };
        if (first.ms !== undefined) done();
      });
    };
    const done = () => {
      clearTimeout(timer);
      resolve(first);
    };
    const onClick = () => {
      performance.mark(`${name}:start`);
      observer = new MutationObserver(onMutation);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    };
    document.addEventListener('click', onClick, { capture: true, once: true });
  });
  window.__benchTimer.catch(() => undefined);
}

async function timeOpen(page, name) {
  await page.evaluate(armCombinedTimer, { name, timeoutMs: 60_000 });
  await page.getByRole('navigation').getByRole('link', { name: COMBINED_LINK }).click();
  return page.evaluate(() => window.__benchTimer);
}

/**
 * Per run a fresh profile seeded with the 200-engagement workspace (or `record()`), opened on the matrix. A first
 * click on "All engagements" loads the view's code (timed apart: it includes the fetch and React's
 * delay before it reveals lazily loaded content), then back to the matrix; the timed click opens the
 * view again, which derives the 200 matrices and their checks and renders the rows.
 */
export async function measureCombined(browser, app, runs, record = bench200) {
  const times = [];
  const firstOpen = [];
  const all = [];
  const domTimes = [];
  let rows = 0;
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    try {
      const page = await openApp(context, app, record());
      firstOpen.push((await timeOpen(page, `bench:combined-first-${i}`)).ms);
      await page.getByRole('navigation').getByRole('link', { name: MATRIX_LINK }).click();
      await page.locator('table.matrix').waitFor({ state: 'visible' });
      await pause(500);
      const opened = await timeOpen(page, `bench:combined-${i}`);
      times.push(opened.ms);
      domTimes.push(opened.domMs);
      all.push(opened.allMs);
      rows = opened.rows;
    } finally {
      await context.close();
    }
  }
  return { runs: times, firstOpen, all, domTimes, rows };
}
