// Launching the system Chromium the way the browser tests do, and the page helpers the figures share:
// opening the app (optionally on a generated workspace seeded into IndexedDB) and timing a real click
// inside the page with performance.mark/measure.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-options.mjs';

const DATABASE = 'shared-responsibility-workbench';
const STORE = 'records';

/** Starts headless Chromium from CHROMIUM_PATH or /usr/bin/chromium; throws a clear error if absent. */
export async function launchChromium() {
  const executablePath = CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Writes records into the app's IndexedDB store (the database must exist: load the app first). */
function writeRecords(page, entries) {
  return page.evaluate(
    ({ database, store, entries: items }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const [key, value] of items) tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { database: DATABASE, store: STORE, entries },
  );
}

/** Opens the action bar's "Export and share" dialog, where the exports and the import are. */
export async function openExportDialog(page) {
  const dialog = page.getByRole('dialog', { name: 'Export and share' });
  if (await dialog.isVisible()) return;
  await page
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Export and share', exact: true })
    .click();
  await page.getByRole('button', { name: 'Download matrix (CSV)' }).waitFor();
}

/**
 * Waits until the matrix is there, the work is saved, the lazily loaded panels have arrived and,
 * when the build has an offline worker (dist/sw.js), that worker is active (its precache is done),
 * so no background download competes with what is timed next.
 */
export async function waitForApp(page, app) {
  // Until the app has taken over, the page holds the prerendered first screen in both languages.
  await page.waitForFunction(() => document.querySelector('[data-first-screen]') === null);
  await page.locator('table.matrix').waitFor({ state: 'visible' });
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  // The exports live in the action bar's "Export and share" dialog, opened by openExportDialog.
  await page
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Export and share', exact: true })
    .waitFor();
  await page.waitForLoadState('networkidle');
  if (app.serviceWorker) {
    const active = await page.evaluate(
      (ms) =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise((resolve) => setTimeout(() => resolve(false), ms)),
        ]),
      30_000,
    );
    if (!active) console.warn('bench: the offline worker did not become active within 30 s');
  }
}

/**
 * Opens the app in English in a page of `context`. With `record`, the app is loaded once (which
 * creates its database), the record is written as `workspace:<id>` and made the last opened one,
 * and the app is loaded again, so it starts on that workspace as a returning user's would.
 * `app` is { baseUrl, serviceWorker }: where the build is served and whether it has a worker.
 */
export async function openApp(context, app, record) {
  const page = await context.newPage();
  const url = `${app.baseUrl}/?lang=en`;
  await page.goto(url);
  await waitForApp(page, app);
  if (record) {
    await writeRecords(page, [
      [`workspace:${record.id}`, record],
      ['setting:last-opened', record.id],
    ]);
    // A reloaded tab reopens the workspace it showed (sessionStorage); the seeded one is to open as
    // in a new tab of a returning user.
    await page.evaluate(() => sessionStorage.removeItem('srw.tab-workspace'));
    await page.goto(url);
    await waitForApp(page, app);
    // The contract title is in the action bar's "Contract details" dialog.
    await page
      .getByRole('region', { name: 'Actions' })
      .getByRole('button', { name: 'Contract details', exact: true })
      .click();
    const title = await page.getByLabel('Contract title').inputValue();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    if (title !== record.document.workspace.contract.title) {
      throw new Error(`the seeded workspace did not open (contract title "${title}")`);
    }
  }
  return page;
}

/**
 * Runs in the page: starts a timer at the next click (a capture-phase listener, so before the app
 * sees it) and ends it when `end` happens, resolving with { ms: the performance.measure duration,
 * domMs: the time until the matrix changed in the DOM, or null }.
 * - 'matrix-changed': the next animation frame after the first change inside table.matrix;
 * - 'cell-changed': the next animation frame after the cell named `cellLabel` shows `text`;
 * - 'download': the click on the `<a download>` through which the app hands the file to the browser.
 */
function armInPage({ name, end, cellLabel, text, timeoutMs, trigger = 'click' }) {
  let started = false;
  let observer = null;
  let changedAt = null;
  window.__benchTimer = new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      observer?.disconnect();
      document.removeEventListener(trigger, onClick, true);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${name}: the end did not come within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = () => {
      performance.mark(`${name}:end`);
      const measure = performance.measure(name, `${name}:start`, `${name}:end`);
      cleanup();
      const domMs = changedAt === null ? null : changedAt - measure.startTime;
      resolve({ ms: measure.duration, domMs });
    };
    const ended = () => {
      if (end === 'matrix-changed') return true;
      const cell = document.querySelector(`table.matrix button[aria-label="${cellLabel}"]`);
      return Boolean(cell?.textContent?.includes(text));
    };
    function onClick(event) {
      if (!started) {
        started = true;
        performance.mark(`${name}:start`);
        if (end === 'download') return;
        const table = document.querySelector('table.matrix');
        if (!table) throw new Error('no table.matrix');
        observer = new MutationObserver(() => {
          if (!ended()) return;
          changedAt = performance.now();
          observer.disconnect();
          requestAnimationFrame(finish);
        });
        observer.observe(table, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        return;
      }
      const target = event.target;
      if (
        end === 'download' &&
        target instanceof HTMLAnchorElement &&
        target.hasAttribute('download')
      )
        finish();
    }
    document.addEventListener(trigger, onClick, true);
  });
  // Keeps an early failure from being reported as unhandled before timeClick awaits it.
  window.__benchTimer.catch(() => undefined);
}

/**
 * Times one real click (Playwright moves the mouse and clicks `locator`) from the click to `end`,
 * measured inside the page; `domMs` is the part until the matrix changed in the DOM (null for
 * downloads). With `download`, also waits for Playwright's download event and returns
 * the download, so a timer that stopped without a file being saved cannot pass unnoticed.
 */
export async function timeClick(page, locator, { name, end, cellLabel, text, timeoutMs = 30_000 }) {
  await page.evaluate(armInPage, { name, end, cellLabel, text, timeoutMs });
  const download =
    end === 'download' ? page.waitForEvent('download', { timeout: timeoutMs }) : null;
  await locator.click();
  const { ms, domMs } = await page.evaluate(() => window.__benchTimer);
  return { ms, domMs, download: download ? await download : null };
}

/**
 * Times a choice in a select (`locator.selectOption(value)`) from its change event to the next
 * animation frame after the matrix changed, measured inside the page as timeClick does.
 */
export async function timeSelect(page, locator, value, { name, timeoutMs = 30_000 }) {
  await page.evaluate(armInPage, { name, end: 'matrix-changed', timeoutMs, trigger: 'change' });
  await locator.selectOption(value);
  return page.evaluate(() => window.__benchTimer);
}

/** Ms from the mark `${name}:start` until the page is next idle (every deferred render done). */
export function timeUntilIdle(page, name) {
  return page.evaluate(
    (mark) =>
      new Promise((resolve) =>
        requestIdleCallback(() => {
          const [start] = performance.getEntriesByName(`${mark}:start`);
          resolve(performance.now() - start.startTime);
        }),
      ),
    name,
  );
}
