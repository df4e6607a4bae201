// `npm run bench`: measures the production build in dist/ against quality.md's performance budgets
// in headless system Chromium, prints one line per figure and writes the results as JSON.
//
//   node scripts/bench/run-bench.mjs [--out bench-results.json] [--runs 7] [--only navigation]
//
// `--only navigation` measures first-load JavaScript and navigation only, prints them and writes no
// results file (a quick check of the start-up path). Navigation takes at least 15 loads, whatever
// --runs says (NAVIGATION_MIN_LOADS).
//
// It builds nothing: `npm run bench` runs `vite build` first. See README.md, "Performance".
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser.mjs';
import { gzipSizeOfPaths, measureFirstLoadJs } from './first-load.mjs';
import {
  measureCsv,
  measureEdit,
  measureNavigation,
  measurePdfFifty,
  measurePdfOne,
  measureScenarioChange,
} from './measure.mjs';
import { measureCombined } from './measure-combined.mjs';
import { bench500, measureImport500, measurePdf500, measureSwitch500 } from './measure-scale.mjs';
import { measureXlsx500 } from './measure-xlsx.mjs';
import { buildFigure, buildResults, checkResultsShape, formatLine } from './results.mjs';
import { startStaticServer } from './static-server.mjs';
import { median, round } from './stats.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// A page load takes about a second, and one load's time moves by 40 ms or more on a shared machine:
// navigation takes at least this many loads, so that its median means something even with --runs 3.
const NAVIGATION_MIN_LOADS = 15;
const kb = (bytes) => bytes / 1024;
const fixed = (value, digits = 0) => round(value, digits).toFixed(digits);

function readOptions() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(repoRoot, 'bench-results.json') },
      runs: { type: 'string', default: '7' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'Usage: node scripts/bench/run-bench.mjs [--out <file>] [--runs <n>] [--only navigation]',
    );
    process.exit(0);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('bench: --runs must be a whole number >= 1');
    process.exit(2);
  }
  if (values.only !== undefined && values.only !== 'navigation') {
    console.error('bench: --only takes one figure: navigation');
    process.exit(2);
  }
  return { out: resolve(values.out), runs, navigationOnly: values.only === 'navigation' };
}

/** Prints a figure's line as soon as it is measured, and keeps it for the results file. */
function collector() {
  const figures = [];
  const notes = [];
  return {
    figures,
    notes,
    add(id, runs, note) {
      const figure = buildFigure(id, runs, note);
      figures.push(figure);
      console.log(formatLine(figure));
    },
    note(text) {
      notes.push(text);
    },
  };
}

async function main() {
  const { out, runs, navigationOnly } = readOptions();
  const dist = join(repoRoot, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(
      'bench: there is no production build in dist/. Build it first (npx vite build), or run ' +
        '`npm run bench`, which builds and then measures.',
    );
    process.exit(2);
  }
  const pdfRuns = Math.max(1, Math.min(runs, 5));
  const pdfFiftyRuns = Math.max(1, Math.min(runs, 3));
  const c = collector();

  const firstLoad = measureFirstLoadJs(dist);
  c.add('first-load-js-gzip', [kb(firstLoad.gzipBytes)]);
  c.note(
    `first-load JavaScript: ${firstLoad.files.length} files from index.html, ` +
      `${fixed(kb(firstLoad.rawBytes), 1)} KB raw, ${fixed(kb(firstLoad.gzipBytes), 1)} KB gzip ` +
      `(node:zlib level 6); largest ${firstLoad.files
        .toSorted((a, b) => b.gzip - a.gzip)
        .slice(0, 3)
        .map((f) => `${f.file} ${fixed(kb(f.gzip), 1)} KB`)
        .join(', ')}`,
  );

  const server = await startStaticServer(dist);
  const app = { baseUrl: server.url, serviceWorker: existsSync(join(dist, 'sw.js')) };
  const browser = await launchChromium();
  try {
    const nav = await measureNavigation(browser, app, Math.max(runs, NAVIGATION_MIN_LOADS));
    c.add('navigation-matrix-visible', nav.runs);
    const scripts = [...new Set(nav.details.flatMap((d) => d.scripts))];
    const beforeMatrix = gzipSizeOfPaths(dist, scripts);
    const paints = nav.details.flatMap((d) => (d.fcp === null ? [] : [d.fcp]));
    const fcp = paints.length > 0 ? `${fixed(median(paints))} ms` : 'not reported';
    c.note(
      `navigation: first contentful paint median ${fcp}, the frame that showed the matrix began at ` +
        `a median ${fixed(median(nav.details.map((d) => d.frame)))} ms, DOMContentLoaded median ` +
        `${fixed(median(nav.details.map((d) => d.domContentLoaded)))} ms; on a first visit the ` +
        `matrix is in index.html (prerendered at build time) and is hydrated; it was in the page's ` +
        `first contentful frame in ${nav.details.filter((d) => d.firstFrame).length} of ${nav.details.length} ` +
        `loads (then its time is the first contentful paint); ${scripts.length} ` +
        `JS files (${fixed(kb(beforeMatrix), 1)} KB gzip) had loaded when it appeared`,
    );
    if (navigationOnly) {
      for (const note of c.notes) console.log(`note: ${note}`);
      console.log(
        'Only first load and navigation were measured (--only navigation): no results file.',
      );
      return;
    }

    const scenario = await measureScenarioChange(browser, app, runs);
    c.add('scenario-change', scenario.runs);
    c.note(
      `scenario change: the matrix had changed in the DOM after a median ` +
        `${fixed(median(scenario.domTimes), 1)} ms; the rest is the wait for the next frame`,
    );

    const edit = await measureEdit(browser, app, runs);
    c.add('edit-cell-50', edit.runs);
    c.note(
      `edit: the cell showed "Changed" in the DOM after a median ` +
        `${fixed(median(edit.domTimes), 1)} ms; the rest is the wait for the next frame`,
    );

    const combined = await measureCombined(browser, app, runs);
    c.add('render-1000-rows', combined.runs);
    c.note(
      `1,000-row matrix: the combined view of 200 engagements (${combined.rows} rows: 1,000 layer ` +
        `rows and the assurance services' own rows); the first rows were in the DOM after a median ` +
        `${fixed(median(combined.domTimes), 1)} ms, all rows after ` +
        `${fixed(median(combined.all))} ms (the view renders about a screenful at once, the rest in ` +
        `later tasks); the first open in a page, which also loads the view's code, took a median ` +
        `${fixed(median(combined.firstOpen))} ms`,
    );

    const csv = await measureCsv(browser, app, runs);
    c.add('csv-export-50', csv.runs);
    c.note(
      `CSV export: the first click (${fixed(csv.runs[0], 1)} ms) includes the lazy import of the ` +
        `CSV code; the file is ${fixed(kb(csv.bytes), 1)} KB`,
    );

    const pdf = await measurePdfOne(browser, app, pdfRuns);
    c.add('pdf-export-1-warm', pdf.warm);
    c.add('pdf-export-1-cold', pdf.cold);
    c.note(
      `PDF export, one engagement: the library and fonts are fetched by the export worker, whose ` +
        `requests are not in the page's resource timing; the file is ${fixed(kb(pdf.bytes), 1)} KB`,
    );

    const pdf50 = await measurePdfFifty(browser, app, pdfFiftyRuns);
    c.add('pdf-export-50', pdf50.runs);
    c.add('pdf-export-50-size', pdf50.sizesKb);
    c.note(
      `PDF export, 50 engagements: the first (cold) export in the page took ${fixed(pdf50.coldMs)} ms`,
    );

    const pdf500 = await measurePdf500(browser, app, Math.max(1, Math.min(runs, 2)));
    const longest = [...pdf.longestTasks, ...pdf50.longestTasks, ...pdf500.longestTasks];
    c.add('export-longest-task', longest);
    c.note(
      `longest main-thread task (PerformanceObserver 'longtask', which reports tasks of 50 ms or ` +
        `more; 0 means none) from the click to the file, per PDF export: ${longest.length} exports ` +
        `(one engagement cold and warm, 50 and 500 engagements), the longest ${fixed(Math.max(...longest))} ms`,
    );

    const switched = await measureSwitch500(browser, app, runs);
    c.add('switch-500', switched.runs);
    const edit500 = await measureEdit(browser, app, runs, bench500);
    c.add('edit-cell-500', edit500.runs);
    c.add('edit-settled-500', edit500.settled);
    c.add('autosave-longest-task-500', edit500.longestTasks);
    c.note(
      `500 engagements: the edit's cell showed "Changed" in the DOM after a median ` +
        `${fixed(median(edit500.domTimes), 1)} ms; "done" is the page's next idle moment after the ` +
        `click (requestIdleCallback), when the checks and every deferred view have been updated`,
    );
    const combined500 = await measureCombined(browser, app, runs, bench500);
    c.add('combined-first-screen-500', combined500.runs);
    c.note(
      `500 engagements: the combined view (${combined500.rows} rows) had all its rows after a ` +
        `median ${fixed(median(combined500.all))} ms`,
    );
    const imported = await measureImport500(browser, app, Math.max(1, Math.min(runs, 3)));
    c.add('json-import-500', imported.runs);
    c.note(
      `500 engagements: the JSON file is ${fixed(kb(imported.bytes))} KB; the figure is reading and ` +
        `checking it plus opening it, without the user's choice in between`,
    );
    c.add('import-longest-task', imported.longestTasks);
    const xlsx500 = await measureXlsx500(browser, app, Math.max(1, Math.min(runs, 3)));
    c.add('xlsx-export-500', xlsx500.runs);
    c.add('xlsx-export-longest-task', xlsx500.longestTasks);
    c.note(
      `500 engagements: the workbook is made in the export worker; the first export in the page ` +
        `(the worker and the workbook writer load) took ${fixed(xlsx500.coldMs)} ms`,
    );
    c.add('pdf-export-500', pdf500.runs);
    c.add('pdf-export-500-size', pdf500.sizesKb);

    const results = buildResults({
      figures: c.figures,
      machine: {
        node: process.version,
        chromium: browser.version(),
        cpus: availableParallelism(),
        cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
        memoryGB: round(totalmem() / 1024 ** 3, 1),
        platform: `${process.platform} ${process.arch}`,
      },
      date: new Date(),
      notes: c.notes,
    });
    const problems = checkResultsShape(results);
    if (problems.length > 0) throw new Error(`results are malformed:\n${problems.join('\n')}`);
    for (const note of c.notes) console.log(`note: ${note}`);
    await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      `Results written to ${out} (Chromium ${results.machine.chromium}, Node ${process.version}, ` +
        `${results.machine.cpus} CPUs).`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exit(1);
});
