/** What the results file says it is. */
export const RESULTS_FORMAT: 'shared-responsibility-workbench/bench-results';
export const RESULTS_VERSION: 1;

export type Unit = 'ms' | 'KB';
export type Status = 'within' | 'over' | 'not-measurable';
export const UNITS: readonly Unit[];
export const STATUSES: readonly Status[];

/** One row of quality.md's performance table. */
export interface FigureDefinition {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly budget: number;
}
export const FIGURES: readonly FigureDefinition[];

/** The measured result of one figure. */
export interface FigureResult extends FigureDefinition {
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly runs: readonly number[];
  readonly status: Status;
  readonly note?: string;
}

/** The machine the benchmark ran on. */
export interface MachineInfo {
  readonly node: string;
  readonly chromium: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly platform: string;
  readonly [key: string]: unknown;
}

/** The results document written as JSON. */
export interface BenchResults {
  readonly format: typeof RESULTS_FORMAT;
  readonly version: typeof RESULTS_VERSION;
  readonly date: string;
  readonly machine: MachineInfo;
  readonly figures: readonly FigureResult[];
  readonly notes: readonly string[];
}

export function figureDefinition(id: string): FigureDefinition;
export function buildFigure(id: string, runs: readonly number[], note?: string): FigureResult;
export function formatLine(figure: FigureResult): string;
export function buildResults(input: {
  figures: readonly FigureResult[];
  machine: MachineInfo;
  date: Date;
  notes?: readonly string[];
}): BenchResults;
export function checkResultsShape(value: unknown): string[];
