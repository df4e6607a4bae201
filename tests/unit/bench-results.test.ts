import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveMatrix } from '@/model/derive-matrix';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import {
  buildFigure,
  buildResults,
  checkResultsShape,
  FIGURES,
  formatLine,
} from '../../scripts/bench/results.mjs';
import { median, summarise } from '../../scripts/bench/stats.mjs';
import { generateWorkspaceDocument } from '../../scripts/bench/workspace-fixture.mjs';

// The benchmark itself (`npm run bench`) is slow and drives a browser, so it is not part of the test
// command. This test runs its pure parts on sample data, and checks a real results file when
// BENCH_RESULTS names one: `BENCH_RESULTS=bench-results.json npx vitest run tests/unit/bench-results.test.ts`.

const machine = {
  node: 'v20.19.0',
  chromium: '140.0.0.0',
  cpus: 2,
  cpuModel: 'sample CPU',
  platform: 'linux x64',
};

function sampleResults() {
  const figures = FIGURES.map(({ id, budget }) =>
    buildFigure(id, [budget / 2, budget / 4, budget * 2]),
  );
  return buildResults({ figures, machine, date: new Date('2025-01-02T03:04:05Z'), notes: ['x'] });
}

describe('median and range', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('summarises runs as median, min and max, or nulls when there are none', () => {
    expect(summarise([12, 9, 30, 11, 10])).toEqual({ median: 11, min: 9, max: 30 });
    expect(summarise([])).toEqual({ median: null, min: null, max: null });
    expect(() => summarise([1, Number.NaN])).toThrow(TypeError);
  });
});

describe('figure results', () => {
  it('compares the median with the budget', () => {
    const within = buildFigure('render-1000-rows', [70.04, 90, 82.26]);
    expect(within).toMatchObject({
      unit: 'ms',
      budget: 100,
      median: 82.3,
      min: 70,
      max: 90,
      runs: [70, 90, 82.3],
      status: 'within',
    });
    expect(buildFigure('scenario-change', [15, 17, 18]).status).toBe('over');
    expect(buildFigure('scenario-change', [16]).status).toBe('within');
  });

  it('marks a figure without runs as not measurable, with the reason', () => {
    const figure = buildFigure('render-1000-rows', [], 'no such view yet');
    expect(figure).toMatchObject({ median: null, min: null, max: null, status: 'not-measurable' });
    expect(formatLine(figure)).toBe(
      'render a 1,000-row matrix: no such view yet / budget 100 ms: not-measurable',
    );
  });

  it('prints one line with median, range and budget', () => {
    expect(formatLine(buildFigure('navigation-matrix-visible', [120, 142, 180]))).toBe(
      'navigation -> matrix visible: median 142 ms (range 120–180 ms) / budget 120 ms: over',
    );
    expect(formatLine(buildFigure('edit-cell-50', [8.26, 30.1, 17]))).toBe(
      'edit one cell in a 50-engagement workspace: median 17.0 ms (range 8.3–30.1 ms) / budget 16.0 ms: over',
    );
    expect(formatLine(buildFigure('first-load-js-gzip', [95.34]))).toBe(
      'first-load JavaScript, gzip (KB = 1024 bytes): 95.3 KB / budget 100.0 KB: within',
    );
  });

  it('refuses a figure that is not in the catalogue', () => {
    expect(() => buildFigure('nope', [1])).toThrow(RangeError);
  });
});

describe('results document', () => {
  it('built from sample data, has the shape the check expects', () => {
    const results = sampleResults();
    expect(checkResultsShape(JSON.parse(JSON.stringify(results)))).toEqual([]);
    expect(results.figures.map((f) => f.id)).toEqual(FIGURES.map((f) => f.id));
  });

  it('reports a broken document', () => {
    const results = sampleResults();
    const [first, ...rest] = results.figures;
    if (!first) throw new Error('no figures');
    const broken = {
      ...results,
      machine: { ...results.machine, cpus: 0 },
      figures: [{ ...first, median: 1234, status: 'fine' }, ...rest.slice(1)],
    };
    expect(checkResultsShape(broken)).toEqual([
      'machine.cpus: not a count',
      'figures[0]: status is not one of within, over, not-measurable',
      'figures[0]: median does not match the runs',
      'figures: navigation-matrix-visible appears 0 times, expected once',
    ]);
    expect(checkResultsShape(null)).toEqual(['results: not an object']);
    expect(checkResultsShape({ ...results, figures: 'none' })).toContain('figures: not an array');
  });
});

describe('the generated 50-engagement workspace', () => {
  it('is a valid workspace document with 250 layer rows', () => {
    const parsed = parseWorkspaceDocument(generateWorkspaceDocument(50));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 5)));
    const { engagements, overrides } = parsed.value;
    expect(engagements.map((e) => e.id)).toEqual(
      Array.from({ length: 50 }, (_, i) => `engagement-${i + 1}`),
    );
    expect(engagements[0]).toMatchObject({ resourceService: 'iaas', mode: 'cloudService' });
    expect(overrides).toHaveLength(49);
    const layerRows = engagements.flatMap((e) =>
      deriveMatrix(e, overrides).rows.filter((row) => row.kind === 'layer'),
    );
    expect(layerRows).toHaveLength(250);
  });
});

describe('the generated 200-engagement workspace of the 1,000-row figure', () => {
  it('is a valid workspace document with 1,000 layer rows, plus its assurance rows', () => {
    const parsed = parseWorkspaceDocument(generateWorkspaceDocument(200));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 5)));
    const { engagements, overrides } = parsed.value;
    const rows = engagements.flatMap((e) => deriveMatrix(e, overrides).rows);
    expect(rows.filter((row) => row.kind === 'layer')).toHaveLength(1000);
    // One security service each, and an operations service in the 66 in managed delivery.
    expect(rows.filter((row) => row.kind === 'assurance')).toHaveLength(266);
  });
});

// Only when asked: BENCH_RESULTS names a file written by `npm run bench`.
const resultsFile = process.env.BENCH_RESULTS;
describe.runIf(resultsFile)('the results file named by BENCH_RESULTS', () => {
  it('has the shape of benchmark results', () => {
    const parsed: unknown = JSON.parse(readFileSync(resultsFile ?? '', 'utf8'));
    expect(checkResultsShape(parsed)).toEqual([]);
  });
});

describe('the generated enterprise workspace of the 500-engagement figures', () => {
  it('is a valid workspace document with 500 engagements and 100 parties, each role held by many', () => {
    const parsed = parseWorkspaceDocument(generateWorkspaceDocument(500, 100));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 5)));
    const { engagements, parties } = parsed.value;
    expect(engagements).toHaveLength(500);
    expect(parties).toHaveLength(100);
    expect(new Set(engagements.map((e) => e.customerPartyId)).size).toBeGreaterThan(30);
    expect(engagements[0]).toMatchObject({ resourceService: 'iaas', mode: 'cloudService' });
  });
});
