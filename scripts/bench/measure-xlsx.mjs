// The workbook at enterprise scale: the 500-engagement workspace saved as XLSX, made in the export
// worker, timed from the real click to the download, with the longest main-thread task meanwhile.
import { openApp, openExportDialog, timeClick } from './browser.mjs';
import { startLongTasks, stopLongTasks } from './long-tasks.mjs';
import { bench500 } from './measure-scale.mjs';

const XLSX_BUTTON = 'Download workbook (XLSX)';
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function exportXlsx(page, name) {
  await openExportDialog(page);
  await startLongTasks(page);
  const { ms, download } = await timeClick(page, page.getByRole('button', { name: XLSX_BUTTON }), {
    name,
    end: 'download',
    timeoutMs: 120_000,
  });
  const longestTask = await stopLongTasks(page);
  await download.delete();
  await page.getByRole('status').filter({ hasText: 'The workbook was saved' }).waitFor();
  return { ms, longestTask };
}

/**
 * XLSX of the 500-engagement workspace: one page, a first export (the worker and the workbook writer
 * load), then `runs - 1` more; every run is a figure, the first reported apart as well.
 */
export async function measureXlsx500(browser, app, runs) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await openApp(context, app, bench500());
    const times = [];
    const longestTasks = [];
    for (let i = 0; i < runs; i += 1) {
      if (i > 0) await pause(500);
      const { ms, longestTask } = await exportXlsx(page, `bench:xlsx500-${i}`);
      times.push(ms);
      longestTasks.push(longestTask);
    }
    return { runs: times, coldMs: times[0], longestTasks };
  } finally {
    await context.close();
  }
}
