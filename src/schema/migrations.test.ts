import { describe, expect, it, vi } from 'vitest';
import { sampleDocumentJson, sampleWorkspace } from '../../tests/fixtures/sample-workspace';
import { MIGRATIONS, type Migration, migrateWorkspace } from './migrations';
import { parseWorkspaceDocument } from './parse-workspace-document';

/** A fake version 1 whose contract called its title `name`; version 2 is today's workspace. */
const renameContractTitle: Migration = {
  from: 1,
  migrate: (workspace) => {
    const { contract, ...rest } = workspace as { contract: { name: unknown } };
    const { name, ...others } = contract;
    return { ...rest, contract: { ...others, title: name } };
  },
};

function versionOneDocument() {
  const document = sampleDocumentJson() as { workspace: { contract: Record<string, unknown> } };
  const { title, ...contract } = document.workspace.contract;
  document.workspace.contract = { ...contract, name: title };
  return { ...document, schemaVersion: 1 };
}

const withFakeVersionTwo = { currentVersion: 2, migrations: [renameContractTitle] };

describe('migrations', () => {
  it('reads a version 1 workspace, which had no departments, as one with none', () => {
    const { departments: _departments, raci: _raci, ...versionOne } = sampleWorkspace();
    const result = parseWorkspaceDocument({
      format: 'shared-responsibility-workbench/workspace',
      schemaVersion: 1,
      workspace: versionOne,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ departments: [], raci: [] });
    expect(result.value.parties).toEqual(versionOne.parties);
    expect(result.value.channels).toEqual(versionOne.channels);
  });

  it('reads a saved version 2 workspace with no joint responses and the coverage it stored', () => {
    const service = (id: string, layers: unknown) => ({ id, vendorPartyId: null, layers });
    const engagement = (id: string, mode: string, services: unknown[]) => ({
      id,
      name: '',
      resourceService: 'paas',
      mode,
      customerPartyId: null,
      providerPartyId: null,
      securityServices: services,
      operationsService:
        mode === 'softwareDelivery'
          ? null
          : { id: `${id}-ops`, providerPartyId: null, layers: 'default' },
    });
    const { jointResponses: _joint, ...versionTwo } = sampleWorkspace();
    const result = parseWorkspaceDocument({
      format: 'shared-responsibility-workbench/workspace',
      schemaVersion: 2,
      workspace: {
        ...versionTwo,
        engagements: [
          engagement('public', 'cloudService', [service('s1', 'default')]),
          engagement('private', 'softwareDelivery', [
            service('s2', 'default'),
            service('s3', ['facility', 'businessData']),
          ]),
          engagement('gov', 'managedDelivery', [service('s4', 'default'), service('s5', [])]),
        ],
        overrides: [],
        raci: [],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.jointResponses).toEqual([]);
    const layersOf = (engagementIndex: number) =>
      result.value.engagements[engagementIndex]?.securityServices.map((s) => s.layers);
    // Version 2's default left out the facility: a default in a delivery mode is written out as it was.
    const versionTwoDefault = [
      'virtualization',
      'platformSoftware',
      'applicationSoftware',
      'businessData',
    ];
    expect(layersOf(0)).toEqual(['default']);
    expect(layersOf(1)).toEqual([versionTwoDefault, ['facility', 'businessData']]);
    expect(layersOf(2)).toEqual([versionTwoDefault, []]);
    expect(result.value.engagements[2]?.operationsService?.layers).toBe('default');
  });

  it('reads a version 3 workspace as one nobody has proposed, commented on or signed', () => {
    const result = parseWorkspaceDocument({ ...sampleDocumentJson(), schemaVersion: 3 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.agreement).toEqual({
      events: [],
      comments: [],
      signatures: [],
      common: null,
    });
    expect(result.value.parties).toEqual(sampleWorkspace().parties);
  });

  it('gives version 1 services that merely shared a name their own ids, overrides following', () => {
    const engagement = (id: string, serviceIds: string[]) => ({
      id,
      name: '',
      resourceService: 'iaas',
      mode: 'cloudService',
      customerPartyId: null,
      providerPartyId: null,
      securityServices: serviceIds.map((s) => ({ id: s, vendorPartyId: null, layers: 'default' })),
      operationsService: null,
    });
    const supporter = (serviceId: string) => ({
      duty: 'supporter',
      scope: 'use',
      via: 'securityService',
      serviceId,
      basis: { source: 'override' },
    });
    const result = parseWorkspaceDocument({
      format: 'shared-responsibility-workbench/workspace',
      schemaVersion: 1,
      workspace: {
        contract: { title: '', version: '', date: '', notes: '' },
        parties: [],
        engagements: [
          engagement('e1', ['security-1']),
          engagement('e2', ['security-1', 'security-1-2']),
        ],
        overrides: [
          {
            engagementId: 'e2',
            rowId: 'securityService:security-1',
            role: 'securityVendor',
            assignments: [],
            reason: 'r',
          },
          {
            engagementId: 'e2',
            rowId: 'businessData',
            role: 'securityVendor',
            assignments: [supporter('security-1')],
            reason: 'r',
          },
          {
            engagementId: 'e1',
            rowId: 'businessData',
            role: 'securityVendor',
            assignments: [supporter('security-1')],
            reason: 'r',
          },
        ],
        channels: [],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.value.engagements.map((e) => e.securityServices.map((s) => s.id));
    expect(ids).toEqual([['security-1'], ['security-1-3', 'security-1-2']]);
    const overrides = result.value.overrides.map((o) => [
      o.engagementId,
      o.rowId,
      o.assignments.map((a) => a.serviceId),
    ]);
    expect(overrides).toEqual([
      ['e2', 'securityService:security-1-3', []],
      ['e2', 'businessData', ['security-1-3']],
      ['e1', 'businessData', ['security-1']],
    ]);
  });

  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS.map((migration) => migration.from)).toEqual([1, 2, 3]);
  });

  it('applies the steps in version order, whatever the order of the table', () => {
    const order: number[] = [];
    const step = (from: number): Migration => ({
      from,
      migrate: (workspace) => {
        order.push(from);
        return { ...(workspace as object), [`v${from + 1}`]: true };
      },
    });
    const result = migrateWorkspace({}, 1, 4, [step(3), step(1), step(2)]);
    expect(order).toEqual([1, 2, 3]);
    expect(result).toEqual({ ok: true, workspace: { v2: true, v3: true, v4: true } });
  });

  it('leaves the input untouched, since a step may change its copy', () => {
    const input = { list: [1] };
    const push: Migration = {
      from: 1,
      migrate: (workspace) => {
        (workspace as { list: number[] }).list.push(2);
        return workspace;
      },
    };
    migrateWorkspace(input, 1, 2, [push]);
    expect(input).toEqual({ list: [1] });
  });

  it('reports a version that no step leads on from', () => {
    expect(migrateWorkspace({}, 1, 3, [{ from: 2, migrate: (w) => w }])).toEqual({
      ok: false,
      issue: { path: 'schemaVersion', code: 'unsupported-version', expected: '3', received: '1' },
    });
  });

  it('reports a step that throws instead of passing the error on', () => {
    const broken: Migration = {
      from: 2,
      migrate: () => {
        throw new Error('cannot read');
      },
    };
    expect(migrateWorkspace({}, 1, 3, [{ from: 1, migrate: (w) => w }, broken])).toEqual({
      ok: false,
      issue: { path: 'workspace', code: 'migration-failed', expected: '3', received: '2' },
    });
  });

  it('migrates an older document before validating it', () => {
    const result = parseWorkspaceDocument(versionOneDocument(), withFakeVersionTwo);
    expect(result).toEqual({ ok: true, value: sampleWorkspace() });
  });

  it('validates an older document after migrating it, with paths of the new version', () => {
    const document = versionOneDocument();
    document.workspace.contract.name = 'x'.repeat(201);
    expect(parseWorkspaceDocument(document, withFakeVersionTwo)).toEqual({
      ok: false,
      issues: [
        { path: 'workspace.contract.title', code: 'too-long', expected: '<= 200', received: '201' },
      ],
    });
  });

  it('reads a document of the current version without migrating it', () => {
    const migrate = vi.fn((workspace: unknown) => workspace);
    const document = { ...sampleDocumentJson(), schemaVersion: 2 };
    const result = parseWorkspaceDocument(document, {
      currentVersion: 2,
      migrations: [{ from: 1, migrate }],
    });
    expect(result.ok).toBe(true);
    expect(migrate).not.toHaveBeenCalled();
  });

  it('refuses a version newer than the current one of the table', () => {
    const document = { ...sampleDocumentJson(), schemaVersion: 3 };
    expect(parseWorkspaceDocument(document, withFakeVersionTwo)).toEqual({
      ok: false,
      issues: [{ path: 'schemaVersion', code: 'newer-version', expected: '2', received: '3' }],
    });
  });

  it('never hands a document with forbidden keys to a migration', () => {
    const migrate = vi.fn((workspace: unknown) => workspace);
    const text = JSON.stringify(versionOneDocument()).replace(
      '"id":"acme"',
      '"id":"acme","__proto__":{}',
    );
    const result = parseWorkspaceDocument(JSON.parse(text), {
      currentVersion: 2,
      migrations: [{ from: 1, migrate }],
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'workspace.parties[0].__proto__', code: 'forbidden-key' }],
    });
    expect(migrate).not.toHaveBeenCalled();
  });
});
