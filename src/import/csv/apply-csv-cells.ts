import { cellKey } from '@/model/cell-ref';
import type { CellRef, Override, Workspace } from '@/model/workspace';
import type { CellOutcome } from './assemble-csv-cell';

/** A cell of the frame, as the CSV left it. */
export interface CellResult {
  readonly ref: CellRef;
  readonly outcome: CellOutcome;
}

function toOverride(ref: CellRef, outcome: CellOutcome): Override | undefined {
  if (outcome.kind === 'baseline') return undefined;
  const { engagementId, rowId, role } = ref;
  return { engagementId, rowId, role, assignments: outcome.assignments, reason: outcome.reason };
}

/**
 * Writes the cells read from a CSV into the frame's overrides. Overrides keep their order (an
 * unchanged file gives back an equal workspace), and overrides of cells the file does not list,
 * such as those of rows an engagement no longer shows, are kept as they are.
 */
export function applyCsvCells(frame: Workspace, cells: ReadonlyMap<string, CellResult>): Workspace {
  const overrides: Override[] = [];
  const placed = new Set<string>();
  for (const existing of frame.overrides) {
    const key = cellKey(existing);
    const result = cells.get(key);
    if (!result) {
      overrides.push(existing);
      continue;
    }
    placed.add(key);
    const override = toOverride(result.ref, result.outcome);
    if (override) overrides.push(override);
  }
  for (const [key, { ref, outcome }] of cells) {
    const override = placed.has(key) ? undefined : toOverride(ref, outcome);
    if (override) overrides.push(override);
  }
  return { ...frame, overrides };
}
