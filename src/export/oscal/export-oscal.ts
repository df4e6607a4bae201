import type { Workspace } from '@/model/workspace';
import { buildOscalCatalog } from './build-oscal-catalog';
import { buildOscalSsp, type OscalSspOptions } from './build-oscal-ssp';
import type { OscalLabels } from './oscal-labels';

/** The MIME type of OSCAL JSON. */
export const OSCAL_MIME_TYPE = 'application/json';

/** The two OSCAL documents of a workspace, as JSON texts. */
export interface OscalFiles {
  readonly ssp: string;
  readonly catalog: string;
}

/**
 * Exports a workspace as OSCAL 1.2.2 JSON: our catalogue of layers and assurance rows, and the
 * system security plan that implements it, pretty-printed so re-exports diff line by line.
 */
export function exportOscal(
  workspace: Workspace,
  labels: OscalLabels,
  options: OscalSspOptions,
): OscalFiles {
  return {
    ssp: `${JSON.stringify(buildOscalSsp(workspace, labels, options), null, 2)}\n`,
    catalog: `${JSON.stringify(buildOscalCatalog(labels, options.lastModified), null, 2)}\n`,
  };
}
