import type { Role } from '@/model/roles';
import type { Party, Workspace } from '@/model/workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import { failImport, fromSchemaIssues, type ImportResult, UNREADABLE } from '../import-issue';
import { parseJsonText } from '../json/parse-json-text';
import { isObject, type JsonObject, NotOurs, objectAt, objectsOf, ourProps } from './oscal-reader';
import { readOscalEngagements } from './read-oscal-engagements';
import { readOscalOverrides } from './read-oscal-overrides';

const ROOT = 'system-security-plan';

function readParties(metadata: JsonObject): Party[] {
  return objectsOf(metadata.parties, `${ROOT}.metadata.parties`).map((party, index) => {
    const props = ourProps(party, `${ROOT}.metadata.parties[${index}]`);
    return {
      id: props.required('party-id'),
      name: props.required('party-name'),
      roles: props.all('role') as Role[],
    };
  });
}

function readWorkspace(plan: JsonObject): Workspace {
  const metadata = objectAt(plan, 'metadata', ROOT);
  const contract = ourProps(metadata, `${ROOT}.metadata`);
  const implementation = objectAt(plan, 'system-implementation', ROOT);
  const control = objectAt(plan, 'control-implementation', ROOT);
  const componentsPath = `${ROOT}.system-implementation.components`;
  const requirementsPath = `${ROOT}.control-implementation.implemented-requirements`;
  return {
    contract: {
      title: contract.required('contract-title'),
      version: contract.required('contract-version'),
      date: contract.required('contract-date'),
      notes: contract.required('contract-notes'),
    },
    parties: readParties(metadata),
    engagements: readOscalEngagements(
      objectsOf(implementation.components, componentsPath),
      componentsPath,
    ),
    overrides: readOscalOverrides(
      objectsOf(control['implemented-requirements'], requirementsPath),
      requirementsPath,
    ),
    // The SSP carries the matrices; the information plan and departments are not part of it.
    channels: [],
    jointResponses: [],
    departments: [],
    raci: [],
  };
}

function importSsp(text: string): ImportResult<Workspace> {
  const document = parseJsonText(text);
  if (!document.ok) return document;
  const plan = isObject(document.value) ? document.value[ROOT] : undefined;
  if (!isObject(plan)) return failImport([{ code: 'oscal-not-ssp', expected: ROOT }]);
  let workspace: Workspace;
  try {
    workspace = readWorkspace(plan);
  } catch (error) {
    if (error instanceof NotOurs) return failImport([{ code: 'oscal-not-ours', path: error.path }]);
    throw error;
  }
  // The result goes through the same validation as a saved file, so nothing invalid gets out.
  const parsed = parseWorkspaceDocument(serialiseWorkspaceDocument(workspace));
  return parsed.ok ? parsed : failImport(fromSchemaIssues(parsed.issues));
}

/**
 * Imports an OSCAL SSP that this app exported back into a workspace: contract, parties, engagements
 * with their assurance services, and every changed cell with its reason, read from the props in our
 * namespace. An SSP from elsewhere is refused with the place where our data is missing. All or
 * nothing; never throws.
 */
export function importOscalSsp(text: string): ImportResult<Workspace> {
  try {
    return importSsp(text);
  } catch {
    return failImport(UNREADABLE);
  }
}
