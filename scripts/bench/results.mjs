// Pure parts of the benchmark's output: the figures and their budgets (quality.md), the result of one
// figure, its printed line, the whole results document, and the check of that document's shape.
import { round, summarise } from './stats.mjs';

/** What the results file says it is. */
export const RESULTS_FORMAT = 'shared-responsibility-workbench/bench-results';
export const RESULTS_VERSION = 1;

/** The units a figure is measured in. KB is 1024 bytes. */
export const UNITS = ['ms', 'KB'];

/** Whether the median is within the budget, over it, or could not be measured at all. */
export const STATUSES = ['within', 'over', 'not-measurable'];

/** quality.md's performance table, one entry per printed figure, in print order. */
export const FIGURES = [
  {
    id: 'first-load-js-gzip',
    label: 'first-load JavaScript, gzip (KB = 1024 bytes)',
    unit: 'KB',
    budget: 100,
  },
  {
    id: 'navigation-matrix-visible',
    label: 'navigation -> matrix visible',
    unit: 'ms',
    budget: 120,
  },
  {
    id: 'scenario-change',
    label: 'change service type or mode -> matrix updated',
    unit: 'ms',
    budget: 16,
  },
  {
    id: 'edit-cell-50',
    label: 'edit one cell in a 50-engagement workspace',
    unit: 'ms',
    budget: 16,
  },
  { id: 'render-1000-rows', label: 'render a 1,000-row matrix', unit: 'ms', budget: 100 },
  { id: 'csv-export-50', label: 'CSV export of a 50-engagement workspace', unit: 'ms', budget: 20 },
  { id: 'pdf-export-1-warm', label: 'PDF export, one engagement, warm', unit: 'ms', budget: 150 },
  { id: 'pdf-export-1-cold', label: 'PDF export, one engagement, cold', unit: 'ms', budget: 250 },
  {
    id: 'pdf-export-50',
    label: 'PDF export, 50 engagements (warm)',
    unit: 'ms',
    budget: 1500,
  },
  {
    id: 'pdf-export-50-size',
    label: 'PDF export, 50 engagements: file size',
    unit: 'KB',
    budget: 300,
  },
  {
    id: 'export-longest-task',
    label: 'longest main-thread task during a PDF export',
    unit: 'ms',
    budget: 50,
  },
  {
    id: 'switch-500',
    label: '500 engagements, 100 parties: matrix switch',
    unit: 'ms',
    budget: 16,
  },
  { id: 'edit-cell-500', label: '500 engagements: edit one cell', unit: 'ms', budget: 16 },
  {
    id: 'edit-settled-500',
    label: '500 engagements: edit -> checks and deferred views done (idle)',
    unit: 'ms',
    budget: 50,
  },
  {
    id: 'autosave-longest-task-500',
    label: '500 engagements: longest main-thread task from an edit until autosaved',
    unit: 'ms',
    budget: 50,
  },
  {
    id: 'combined-first-screen-500',
    label: '500 engagements: combined view first screen',
    unit: 'ms',
    budget: 100,
  },
  { id: 'json-import-500', label: '500 engagements: JSON import', unit: 'ms', budget: 1000 },
  {
    id: 'import-longest-task',
    label: 'longest main-thread task while a 500-engagement JSON is read',
    unit: 'ms',
    budget: 50,
  },
  { id: 'xlsx-export-500', label: '500 engagements: XLSX export', unit: 'ms', budget: 2000 },
  {
    id: 'xlsx-export-longest-task',
    label: 'longest main-thread task during a 500-engagement XLSX export',
    unit: 'ms',
    budget: 50,
  },
  { id: 'pdf-export-500', label: '500 engagements: PDF export', unit: 'ms', budget: 8000 },
  {
    id: 'pdf-export-500-size',
    label: '500 engagements: PDF file size',
    unit: 'KB',
    budget: 2560,
  },
];

/** The catalogue entry of a figure id; throws on an unknown id. */
export function figureDefinition(id) {
  const found = FIGURES.find((figure) => figure.id === id);
  if (!found) throw new RangeError(`unknown figure: ${id}`);
  return found;
}

/**
 * The result of one figure from its runs. With no runs it is 'not-measurable', and `note` says why.
 * Runs are rounded to 0.1 so the file holds what the timers can tell apart, not their noise.
 */
export function buildFigure(id, runs, note) {
  const { label, unit, budget } = figureDefinition(id);
  const rounded = runs.map((value) => round(value, 1));
  const { median, min, max } = summarise(rounded);
  let status = 'not-measurable';
  if (median !== null) status = median <= budget ? 'within' : 'over';
  return {
    id,
    label,
    unit,
    budget,
    median: median === null ? null : round(median, 2),
    min,
    max,
    runs: rounded,
    status,
    ...(note ? { note } : {}),
  };
}

function formatNumber(value, unit) {
  if (unit === 'KB') return value.toFixed(1);
  return value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** The one printed line of a figure: median, range, budget and status. */
export function formatLine(figure) {
  const { label, unit, budget, status } = figure;
  const tail = `/ budget ${formatNumber(budget, unit)} ${unit}: ${status}`;
  if (figure.median === null) return `${label}: ${figure.note ?? 'not measured'} ${tail}`;
  const value = (n) => `${formatNumber(n, unit)} ${unit}`;
  const measured =
    figure.runs.length === 1
      ? value(figure.median)
      : `median ${value(figure.median)} (range ${formatNumber(figure.min, unit)}–${value(figure.max)})`;
  return `${label}: ${measured} ${tail}`;
}

/** The whole results document: when, on what, every figure, and free-text notes. */
export function buildResults({ figures, machine, date, notes = [] }) {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    date: date.toISOString(),
    machine,
    figures,
    notes,
  };
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value) => typeof value === 'number' && Number.isFinite(value);
const close = (a, b) => Math.abs(a - b) <= 0.051;

function checkFigure(figure, at, problems) {
  const problem = (text) => problems.push(`${at}: ${text}`);
  if (!isObject(figure)) return problem('not an object');
  for (const key of ['id', 'label']) {
    if (typeof figure[key] !== 'string' || figure[key] === '') problem(`${key} is not a string`);
  }
  if (!UNITS.includes(figure.unit)) problem(`unit is not one of ${UNITS.join(', ')}`);
  if (!isFiniteNumber(figure.budget) || figure.budget <= 0) problem('budget is not a number > 0');
  if (!STATUSES.includes(figure.status)) problem(`status is not one of ${STATUSES.join(', ')}`);
  if (!Array.isArray(figure.runs) || !figure.runs.every(isFiniteNumber)) {
    return problem('runs is not an array of numbers');
  }
  if (figure.runs.length === 0) {
    for (const key of ['median', 'min', 'max']) {
      if (figure[key] !== null) problem(`${key} must be null when there are no runs`);
    }
    if (figure.status !== 'not-measurable') problem('no runs but status is not not-measurable');
    if (typeof figure.note !== 'string') problem('a figure not measured needs a note saying why');
    return;
  }
  const expected = summarise(figure.runs);
  for (const key of ['median', 'min', 'max']) {
    if (!isFiniteNumber(figure[key])) problem(`${key} is not a number`);
    else if (!close(figure[key], expected[key])) problem(`${key} does not match the runs`);
  }
  const judged = STATUSES.includes(figure.status);
  if (judged && isFiniteNumber(figure.median) && isFiniteNumber(figure.budget)) {
    const status = figure.median <= figure.budget ? 'within' : 'over';
    if (figure.status !== status) problem(`status should be ${status}`);
  }
}

/**
 * Checks a results document (parsed JSON); returns the problems found, none when it is sound.
 * Every figure of the catalogue must be there, once.
 */
export function checkResultsShape(value) {
  const problems = [];
  if (!isObject(value)) return ['results: not an object'];
  if (value.format !== RESULTS_FORMAT) problems.push(`format: expected ${RESULTS_FORMAT}`);
  if (value.version !== RESULTS_VERSION) problems.push(`version: expected ${RESULTS_VERSION}`);
  if (typeof value.date !== 'string' || Number.isNaN(Date.parse(value.date))) {
    problems.push('date: not an ISO date');
  }
  const machine = value.machine;
  if (!isObject(machine)) problems.push('machine: not an object');
  else {
    for (const key of ['node', 'chromium', 'platform', 'cpuModel']) {
      if (typeof machine[key] !== 'string') problems.push(`machine.${key}: not a string`);
    }
    if (!Number.isInteger(machine.cpus) || machine.cpus < 1) {
      problems.push('machine.cpus: not a count');
    }
  }
  if (!Array.isArray(value.notes) || !value.notes.every((note) => typeof note === 'string')) {
    problems.push('notes: not an array of strings');
  }
  if (!Array.isArray(value.figures)) return [...problems, 'figures: not an array'];
  value.figures.forEach((figure, index) => {
    checkFigure(figure, `figures[${index}]`, problems);
  });
  const ids = value.figures.map((figure) => figure?.id);
  for (const { id } of FIGURES) {
    const count = ids.filter((x) => x === id).length;
    if (count !== 1) problems.push(`figures: ${id} appears ${count} times, expected once`);
  }
  return problems;
}
