import type { Matrix, MatrixRow } from '@/model/assignment';
import { deriveMatrix } from '@/model/derive-matrix';
import type { Engagement, Override, Workspace } from '@/model/workspace';

/** Lookups into the workspace a CSV is imported into, each matrix derived once. */
export interface FrameIndex {
  readonly engagementIds: readonly string[];
  engagement(id: string): Engagement | undefined;
  matrix(engagement: Engagement): Matrix;
  row(engagement: Engagement, rowId: string): MatrixRow | undefined;
  /** The name of a party as the CSV's `party` column shows it; '' for none or an unknown id. */
  partyName(partyId: string | null | undefined): string;
}

/** Indexes a frame workspace for reading a CSV into it. */
export function indexFrame(frame: Workspace): FrameIndex {
  const engagements = new Map(frame.engagements.map((e) => [e.id, e]));
  const parties = new Map(frame.parties.map((p) => [p.id, p.name]));
  // Grouped once: each matrix would otherwise scan every override of the workspace.
  const overrides = new Map<string, Override[]>();
  for (const override of frame.overrides) {
    const list = overrides.get(override.engagementId);
    if (list) list.push(override);
    else overrides.set(override.engagementId, [override]);
  }
  const matrices = new Map<string, { matrix: Matrix; rows: Map<string, MatrixRow> }>();
  const derived = (engagement: Engagement) => {
    let entry = matrices.get(engagement.id);
    if (!entry) {
      const matrix = deriveMatrix(engagement, overrides.get(engagement.id) ?? []);
      entry = { matrix, rows: new Map(matrix.rows.map((row) => [row.id, row])) };
      matrices.set(engagement.id, entry);
    }
    return entry;
  };
  return {
    engagementIds: [...engagements.keys()],
    engagement: (id) => engagements.get(id),
    matrix: (engagement) => derived(engagement).matrix,
    row: (engagement, rowId) => derived(engagement).rows.get(rowId),
    partyName: (partyId) => (partyId ? (parties.get(partyId) ?? '') : ''),
  };
}
