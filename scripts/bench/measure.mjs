// One function per figure of quality.md's performance table. Each drives the production build with
// real clicks and returns the runs (ms or KB) plus notes on where the time went.
import { stat } from 'node:fs/promises';
import { openApp, openExportDialog, timeClick, timeUntilIdle } from './browser.mjs';
import { startLongTasks, stopLongTasks } from './long-tasks.mjs';
import { generateWorkspaceRecord } from './workspace-fixture.mjs';

const CSV_BUTTON = 'Download matrix (CSV)';
const PDF_BUTTON = 'Download contract annex (PDF)';
const EDITED_CELL = 'Cloud service customer, Business data';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const bench50 = () => generateWorkspaceRecord('bench-50-engagements', 50);

/** A fresh browser profile (empty cache and IndexedDB) for each run that needs one. */
async function withContext(browser, run) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

// Runs before any of the app's scripts: marks the first paint that shows a table.matrix. The matrix
// is in index.html itself (the prerendered first screen, once per language, the other language's
// copy hidden), so being in the document is not being seen: each frame, just before it is painted
// (requestAnimationFrame, which waits for the render-blocking stylesheet), looks for a table.matrix
// that is rendered, and the mark is set right after that frame (a task queued from the frame's
// callback runs once the frame has been produced). Whether an earlier frame showed any of the page
// (its heading) is noted: if none did, this frame is the first contentful paint, whose time is when
// its pixels reached the screen.
function markMatrixVisible() {
  let contentBefore = false;
  const shows = (selector) =>
    [...document.querySelectorAll(selector)].some((element) => element.getClientRects().length > 0);
  const frame = () => {
    if (!shows('table.matrix')) {
      contentBefore ||= shows('h1');
      requestAnimationFrame(frame);
      return;
    }
    performance.mark('bench:matrix-frame', { detail: { firstFrame: !contentBefore } });
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('bench:matrix-visible');
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
}

/**
 * navigation -> matrix visible: a fresh profile, `page.goto`, and the time from navigation start
 * (the time origin of the page) to the first frame that shows a table.matrix (see markMatrixVisible).
 * One warm-up load first, not counted, so the first run does not pay for cold OS file caches.
 */
export async function measureNavigation(browser, app, runs) {
  const times = [];
  const details = [];
  for (let i = 0; i <= runs; i += 1) {
    const detail = await withContext(browser, async (context) => {
      const page = await context.newPage();
      await page.addInitScript(markMatrixVisible);
      await page.goto(`${app.baseUrl}/?lang=en`);
      await page.locator('table.matrix:visible').first().waitFor();
      await page.waitForFunction(
        () =>
          performance.getEntriesByName('bench:matrix-visible').length > 0 &&
          performance.getEntriesByName('first-contentful-paint').length > 0,
      );
      return page.evaluate(() => {
        const [mark] = performance.getEntriesByName('bench:matrix-visible');
        const [frame] = performance.getEntriesByName('bench:matrix-frame');
        const [nav] = performance.getEntriesByType('navigation');
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        // The matrix was in the first contentful frame (prerendered): it was seen when that frame
        // was, at the first contentful paint (the time the frame was presented, which may come
        // before or after the task queued from it); otherwise when the frame that showed it was done.
        const at = frame.detail.firstFrame && fcp ? fcp.startTime : mark.startTime;
        const scripts = performance
          .getEntriesByType('resource')
          .filter((r) => new URL(r.name).pathname.endsWith('.js') && r.responseEnd <= at);
        return {
          matrix: at,
          frame: frame.startTime,
          firstFrame: frame.detail.firstFrame,
          domContentLoaded: nav.domContentLoadedEventEnd,
          fcp: fcp ? fcp.startTime : null,
          scripts: scripts.map((r) => new URL(r.name).pathname),
        };
      });
    });
    if (i > 0) {
      times.push(detail.matrix);
      details.push(detail);
    }
  }
  return { runs: times, details };
}

const SCENARIO_CLICKS = [
  { name: /^PaaS/ },
  { name: /^SaaS/ },
  { name: /^IaaS/ },
  { name: /^Cloud software delivery/ },
  { name: /^Software delivery \+ managed operations/ },
  { name: /^Cloud service/ },
];

/**
 * change service type or mode -> matrix updated: real clicks on the scenario radios of one page, in
 * turn (PaaS, SaaS, IaaS, then the three modes), each timed from the click to the next animation
 * frame after the matrix changed. Between clicks, the autosave is left time to finish.
 */
export async function measureScenarioChange(browser, app, runs) {
  return withContext(browser, async (context) => {
    const page = await openApp(context, app);
    const times = [];
    const domTimes = [];
    for (let i = 0; i < runs; i += 1) {
      const { name } = SCENARIO_CLICKS[i % SCENARIO_CLICKS.length];
      const radio = page.getByRole('radio', { name });
      const { ms, domMs } = await timeClick(page, radio, {
        name: `bench:scenario-${i}`,
        end: 'matrix-changed',
      });
      if (!(await radio.isChecked())) throw new Error(`the radio ${name} is not checked`);
      times.push(ms);
      domTimes.push(domMs);
      await pause(700);
    }
    return { runs: times, domTimes };
  });
}

/**
 * edit one cell in a 50-engagement workspace (or `record()`): per run a fresh profile seeded with
 * the generated workspace; select the customer's business-data cell of engagement 1, "Change this cell", make
 * duty 1 a supporter, give a reason, and time the click on "Apply change" to the next animation
 * frame after the cell shows "Changed".
 */
export async function measureEdit(browser, app, runs, record = bench50) {
  const times = [];
  const domTimes = [];
  const settled = [];
  const longestTasks = [];
  for (let i = 0; i < runs; i += 1) {
    const { ms, domMs, idleMs, longestTask } = await withContext(browser, async (context) => {
      const page = await openApp(context, app, record());
      const cell = page.getByRole('table').getByRole('button', { name: EDITED_CELL, exact: true });
      await cell.click();
      await page.getByRole('button', { name: 'Change this cell' }).click();
      await page
        .getByRole('group', { name: 'Duty 1' })
        .getByLabel('Duty', { exact: true })
        .selectOption('supporter');
      await page.getByLabel('Reason for the change').fill('Benchmark: the vendor supports it.');
      await pause(200);
      await page.evaluate(armSavedAgain);
      await startLongTasks(page);
      const timed = await timeClick(page, page.getByRole('button', { name: 'Apply change' }), {
        name: 'bench:edit',
        end: 'cell-changed',
        cellLabel: EDITED_CELL,
        text: 'Changed',
      });
      const idleMs = await timeUntilIdle(page, 'bench:edit');
      // Then until the autosave has written the edit: its longest task, the edit's own included.
      await page.evaluate(() => window.__benchSavedAgain);
      return { ...timed, idleMs, longestTask: await stopLongTasks(page) };
    });
    times.push(ms);
    domTimes.push(domMs);
    settled.push(idleMs);
    longestTasks.push(longestTask);
  }
  return { runs: times, domTimes, settled, longestTasks };
}

// Runs in the page: a promise that settles when the save status leaves "All changes saved" (the
// edit is pending, then saving) and comes back to it (the autosave has written it).
function armSavedAgain() {
  window.__benchSavedAgain = new Promise((resolve) => {
    const status = () => document.querySelector('.save-status [role="status"]')?.textContent ?? '';
    let left = false;
    const observer = new MutationObserver(() => {
      if (!status().includes('All changes saved')) left = true;
      else if (left) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * CSV export of a 50-engagement workspace: repeated clicks on "Download matrix (CSV)" in one page,
 * each timed from the click to the moment the app hands the file to the browser (its `<a download>`
 * click), and confirmed by Playwright's download event. The first run includes the lazy import of
 * the CSV code.
 */
export async function measureCsv(browser, app, runs) {
  return withContext(browser, async (context) => {
    const page = await openApp(context, app, bench50());
    await openExportDialog(page);
    const button = page.getByRole('button', { name: CSV_BUTTON });
    const times = [];
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      const { ms, download } = await timeClick(page, button, {
        name: `bench:csv-${i}`,
        end: 'download',
      });
      bytes = (await stat(await download.path())).size;
      await download.delete();
      times.push(ms);
      await pause(300);
    }
    return { runs: times, bytes };
  });
}

/**
 * Clicks the PDF button and waits for the file; returns the time, the file's size in bytes and the
 * longest main-thread task from the click until the file was handed over.
 */
export async function exportPdf(page, name) {
  await openExportDialog(page);
  const button = page.getByRole('button', { name: PDF_BUTTON });
  await startLongTasks(page);
  const { ms, download } = await timeClick(page, button, {
    name,
    end: 'download',
    timeoutMs: 120_000,
  });
  const longestTask = await stopLongTasks(page);
  const bytes = (await stat(await download.path())).size;
  await download.delete();
  await page.getByRole('status').filter({ hasText: 'The PDF annex was saved' }).waitFor();
  return { ms, bytes, longestTask };
}

/**
 * PDF export, one engagement: per run a fresh profile with the new-workspace default (IaaS, cloud
 * service); cold is the first click (the PDF library and the font are fetched), warm the second
 * click in the same page.
 */
export async function measurePdfOne(browser, app, runs) {
  const cold = [];
  const warm = [];
  const longestTasks = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    await withContext(browser, async (context) => {
      const page = await openApp(context, app);
      const first = await exportPdf(page, 'bench:pdf-cold');
      await pause(300);
      const second = await exportPdf(page, 'bench:pdf-warm');
      cold.push(first.ms);
      warm.push(second.ms);
      longestTasks.push(first.longestTask, second.longestTask);
      bytes = second.bytes;
    });
  }
  return { cold, warm, bytes, longestTasks };
}

/**
 * PDF export, 50 engagements: one profile seeded with the generated workspace; a first export
 * (cold, reported apart) loads the library and fonts, then each run is a further click (warm).
 * The size is that of each downloaded file.
 */
export async function measurePdfFifty(browser, app, runs) {
  return withContext(browser, async (context) => {
    const page = await openApp(context, app, bench50());
    const cold = await exportPdf(page, 'bench:pdf50-cold');
    const times = [];
    const sizes = [];
    const longestTasks = [cold.longestTask];
    for (let i = 0; i < runs; i += 1) {
      await pause(300);
      const { ms, bytes, longestTask } = await exportPdf(page, `bench:pdf50-${i}`);
      times.push(ms);
      sizes.push(bytes / 1024);
      longestTasks.push(longestTask);
    }
    return { runs: times, sizesKb: sizes, coldMs: cold.ms, longestTasks };
  });
}
