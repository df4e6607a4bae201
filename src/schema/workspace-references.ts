import { ASSET_LAYERS } from '@/model/asset-layers';
import { assuranceRowId, layerRowId } from '@/model/matrix-row-id';
import { describeValue } from './describe-value';
import { LIMITS } from './limits';
import {
  checkReference,
  itemsAt,
  type Located,
  type Path,
  type ReportIssue,
  readById,
  reportDuplicateIds,
} from './located-items';
import { isLooseRecord, type LooseRecord, looseString } from './loose-records';

// `expected` names the ids a reference may take, as a path in the document's own convention.
const PARTY_IDS = 'workspace.parties[].id';
const ENGAGEMENT_IDS = 'workspace.engagements[].id';
const DEPARTMENT_IDS = 'workspace.departments[].id';

type Known = ReadonlyMap<string, unknown> | undefined;

function securityServicesOf(engagement: LooseRecord, path: Path = []): Located[] {
  return itemsAt(engagement, 'securityServices', LIMITS.securityServicesPerEngagement, path);
}

/** The rows an override may address: the layers, and the own rows of the engagement's services. */
function rowIdsOf(engagement: LooseRecord): readonly string[] {
  const rows: string[] = ASSET_LAYERS.map(layerRowId);
  for (const [service] of securityServicesOf(engagement)) {
    const id = looseString(service, 'id');
    if (id !== undefined) rows.push(assuranceRowId('securityService', id));
  }
  const opsId = looseString(engagement.operationsService, 'id');
  if (opsId !== undefined) rows.push(assuranceRowId('opsService', opsId));
  return rows;
}

function checkEngagement([engagement, path]: Located, parties: Known, report: ReportIssue) {
  for (const key of ['customerPartyId', 'providerPartyId']) {
    checkReference(engagement[key], [...path, key], parties, PARTY_IDS, report);
  }
  const services = securityServicesOf(engagement, path);
  for (const [service, at] of services) {
    checkReference(service.vendorPartyId, [...at, 'vendorPartyId'], parties, PARTY_IDS, report);
  }
  const ops = engagement.operationsService;
  if (isLooseRecord(ops)) {
    const at = [...path, 'operationsService'];
    checkReference(ops.providerPartyId, [...at, 'providerPartyId'], parties, PARTY_IDS, report);
    services.push([ops, at]);
  }
  // Security and operations services share one id space: edits find a service by its id alone.
  reportDuplicateIds(services, report);
}

/** What the checks of cell references (overrides, RACI entries) look things up in. */
interface OverrideContext {
  readonly engagements: ReadonlyMap<string, LooseRecord> | undefined;
  readonly parties: Known;
  /** Row ids per engagement, worked out once: many overrides share one engagement. */
  readonly rowIds: Map<LooseRecord, readonly string[]>;
}

/** Checks that a cell reference names an engagement, and a row that engagement has. */
function checkCellRow(
  [item, path]: Located,
  { engagements, rowIds }: OverrideContext,
  report: ReportIssue,
) {
  const engagementId = item.engagementId;
  checkReference(engagementId, [...path, 'engagementId'], engagements, ENGAGEMENT_IDS, report);
  const engagement = typeof engagementId === 'string' ? engagements?.get(engagementId) : undefined;
  const rowId = item.rowId;
  if (engagement && typeof rowId === 'string') {
    const rows = rowIds.get(engagement) ?? rowIdsOf(engagement);
    rowIds.set(engagement, rows);
    if (!rows.includes(rowId)) {
      report([...path, 'rowId'], {
        code: 'unknown-reference',
        expected: rows.join(' | '),
        received: describeValue(rowId),
      });
    }
  }
}

function checkOverride(located: Located, context: OverrideContext, report: ReportIssue) {
  checkCellRow(located, context, report);
  const [override, path] = located;
  const assignments = itemsAt(override, 'assignments', LIMITS.assignmentsPerCell, path);
  for (const [assignment, at] of assignments) {
    checkReference(assignment.partyId, [...at, 'partyId'], context.parties, PARTY_IDS, report);
  }
}

/**
 * Reports a second override of the same cell, which the matrix would silently ignore, or a second
 * RACI entry of one department for the same cell (`alsoKey` names the department's field).
 */
function reportDuplicateCells(items: readonly Located[], report: ReportIssue, alsoKey?: string) {
  const cells = new Set<string>();
  for (const [item, path] of items) {
    const { engagementId, rowId, role } = item;
    if (typeof engagementId !== 'string' || typeof rowId !== 'string' || typeof role !== 'string')
      continue;
    const also = alsoKey === undefined ? [] : [item[alsoKey]];
    const cell = JSON.stringify([engagementId, rowId, role, ...also]);
    if (cells.has(cell)) report(path, { code: 'duplicate-id', received: describeValue(cell) });
    cells.add(cell);
  }
}

/**
 * Checks that ids are unique (parties, engagements, the services of each engagement, channels, one
 * override per cell, one joint response per engagement) and that every reference points at something that exists. It reads the
 * workspace loosely, so it can run beside the shape checks and skip what they already report.
 */
export function checkWorkspaceReferences(workspace: unknown, report: ReportIssue): void {
  const parties = readById(workspace, 'parties', LIMITS.parties);
  const engagements = readById(workspace, 'engagements', LIMITS.engagements);
  reportDuplicateIds(itemsAt(workspace, 'parties', LIMITS.parties), report);
  const engagementItems = itemsAt(workspace, 'engagements', LIMITS.engagements);
  reportDuplicateIds(engagementItems, report);
  for (const engagement of engagementItems) checkEngagement(engagement, parties, report);
  const overrides = itemsAt(workspace, 'overrides', LIMITS.overrides);
  const context: OverrideContext = { engagements, parties, rowIds: new Map() };
  for (const override of overrides) checkOverride(override, context, report);
  reportDuplicateCells(overrides, report);
  const channels = itemsAt(workspace, 'channels', LIMITS.channels);
  reportDuplicateIds(channels, report);
  for (const [channel, path] of channels) {
    for (const key of ['fromPartyId', 'toPartyId']) {
      checkReference(channel[key], [...path, key], parties, PARTY_IDS, report);
    }
  }
  checkJointResponses(workspace, context, report);
  checkDepartments(workspace, context, report);
}

/** One joint-response entry per engagement, naming an engagement and a coordinator that exist. */
function checkJointResponses(workspace: unknown, context: OverrideContext, report: ReportIssue) {
  const seen = new Set<unknown>();
  for (const [entry, path] of itemsAt(workspace, 'jointResponses', LIMITS.jointResponses)) {
    const engagementPath = [...path, 'engagementId'];
    checkReference(entry.engagementId, engagementPath, context.engagements, ENGAGEMENT_IDS, report);
    if (seen.has(entry.engagementId)) {
      report(engagementPath, { code: 'duplicate-id', received: describeValue(entry.engagementId) });
    }
    seen.add(entry.engagementId);
    if (entry.coordinatorPartyId !== null) {
      const coordinatorPath = [...path, 'coordinatorPartyId'];
      checkReference(entry.coordinatorPartyId, coordinatorPath, context.parties, PARTY_IDS, report);
    }
  }
}

function checkDepartments(workspace: unknown, context: OverrideContext, report: ReportIssue) {
  const departmentItems = itemsAt(workspace, 'departments', LIMITS.departments);
  reportDuplicateIds(departmentItems, report);
  for (const [department, path] of departmentItems) {
    checkReference(department.partyId, [...path, 'partyId'], context.parties, PARTY_IDS, report);
  }
  const departments = readById(workspace, 'departments', LIMITS.departments);
  const entries = itemsAt(workspace, 'raci', LIMITS.raci);
  for (const entry of entries) {
    checkCellRow(entry, context, report);
    const [item, path] = entry;
    checkReference(
      item.departmentId,
      [...path, 'departmentId'],
      departments,
      DEPARTMENT_IDS,
      report,
    );
  }
  reportDuplicateCells(entries, report, 'departmentId');
}
