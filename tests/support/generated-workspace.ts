// The benchmark's workspace generator for the tests under src/, which may not import from scripts/.
import { generateWorkspaceDocument } from '../../scripts/bench/workspace-fixture.mjs';

/** A generated workspace document with `count` engagements and `partyCount` parties. */
export function generatedWorkspaceDocument(count: number, partyCount: number) {
  return generateWorkspaceDocument(count, partyCount);
}
