import { describe, expect, it } from 'vitest';
import {
  buildEngagement,
  buildOperationsService,
  buildOverride,
  buildSecurityService,
  buildWorkspace,
  cellRef,
} from '../../tests/support/test-builders';
import { createWorkspace } from './create-workspace';
import {
  addEngagement,
  addSecurityService,
  removeEngagement,
  removeSecurityService,
  renameEngagement,
  setDeliveryMode,
  setOperationsService,
  setResourceService,
  setScenario,
  setServiceCoverage,
} from './edit-engagements';
import { assuranceRowId } from './matrix-row-id';
import type { Engagement, Override, Workspace } from './workspace';

const ID = 'engagement-1';
const OPS_ROW = assuranceRowId('opsService', 'ops-1');
const SECURITY_ROW = assuranceRowId('securityService', 'security-1');

function only(workspace: Workspace): Engagement {
  const engagement = workspace.engagements.find((e) => e.id === ID);
  if (!engagement) throw new Error('no engagement');
  return engagement;
}

function workspaceOf(patch: Partial<Engagement>, overrides: readonly Override[] = []): Workspace {
  return buildWorkspace([buildEngagement(patch)], { overrides });
}

describe('addEngagement, removeEngagement and renameEngagement', () => {
  it('adds an engagement and refuses a taken id', () => {
    const workspace = workspaceOf({});
    const added = addEngagement(workspace, buildEngagement({ id: 'engagement-2' }));
    expect(added.engagements.map((e) => e.id)).toEqual([ID, 'engagement-2']);
    expect(addEngagement(added, buildEngagement({ id: 'engagement-2' }))).toBe(added);
  });

  it('removes an engagement with its overrides only', () => {
    const workspace = buildWorkspace([buildEngagement(), buildEngagement({ id: 'engagement-2' })], {
      overrides: [
        buildOverride(cellRef('facility', 'provider'), []),
        buildOverride(cellRef('facility', 'provider', 'engagement-2'), []),
      ],
    });
    const removed = removeEngagement(workspace, ID);
    expect(removed.engagements.map((e) => e.id)).toEqual(['engagement-2']);
    expect(removed.overrides.map((o) => o.engagementId)).toEqual(['engagement-2']);
  });

  it('renames an engagement', () => {
    expect(only(renameEngagement(workspaceOf({}), ID, 'Public cloud')).name).toBe('Public cloud');
  });
});

describe('setResourceService and setScenario', () => {
  it('changes the resource service and leaves the overrides on their cells', () => {
    const overrides = [buildOverride(cellRef('facility', 'provider'), [])];
    const next = setResourceService(workspaceOf({}, overrides), ID, 'saas');
    expect(only(next).resourceService).toBe('saas');
    expect(next.overrides).toEqual(overrides);
  });

  it('sets both halves of the scenario at once', () => {
    const next = setScenario(workspaceOf({}), ID, {
      resourceService: 'paas',
      mode: 'managedDelivery',
    });
    expect(only(next)).toMatchObject({ resourceService: 'paas', mode: 'managedDelivery' });
    expect(only(next).operationsService).not.toBeNull();
  });
});

describe('setDeliveryMode', () => {
  it('brings the default operations service, run by the provider, into managed delivery', () => {
    const next = setDeliveryMode(
      workspaceOf({ providerPartyId: 'cloudco' }),
      ID,
      'managedDelivery',
    );
    expect(only(next)).toMatchObject({
      mode: 'managedDelivery',
      operationsService: { id: `${ID}-ops`, providerPartyId: 'cloudco', layers: 'default' },
    });
  });

  it('keeps an operations service already bought when switching to managed delivery', () => {
    const ops = buildOperationsService({ layers: ['virtualization'] });
    const next = setDeliveryMode(workspaceOf({ operationsService: ops }), ID, 'managedDelivery');
    expect(only(next).operationsService).toBe(ops);
  });

  it('keeps the operations service when switching from managed delivery to cloud service', () => {
    const ops = buildOperationsService();
    const next = setDeliveryMode(
      workspaceOf({ mode: 'managedDelivery', operationsService: ops }),
      ID,
      'cloudService',
    );
    expect(only(next)).toMatchObject({ mode: 'cloudService', operationsService: ops });
  });

  it('removes the operations service and the overrides of its own row in software delivery', () => {
    const overrides = [
      buildOverride(cellRef(OPS_ROW, 'provider'), []),
      buildOverride(cellRef('facility', 'provider'), []),
    ];
    const workspace = workspaceOf(
      { mode: 'managedDelivery', operationsService: buildOperationsService() },
      overrides,
    );
    const next = setDeliveryMode(workspace, ID, 'softwareDelivery');
    expect(only(next)).toMatchObject({ mode: 'softwareDelivery', operationsService: null });
    expect(next.overrides).toEqual(overrides.slice(1));
  });

  it('leaves the workspace unchanged for an engagement that does not exist', () => {
    const workspace = workspaceOf({});
    expect(setDeliveryMode(workspace, 'nowhere', 'managedDelivery')).toBe(workspace);
  });
});

describe('security services', () => {
  it('adds a security service and refuses a taken id', () => {
    const added = addSecurityService(workspaceOf({}), ID, buildSecurityService());
    expect(only(added).securityServices).toEqual([buildSecurityService()]);
    const again = addSecurityService(added, ID, buildSecurityService({ vendorPartyId: 'other' }));
    expect(only(again).securityServices).toEqual([buildSecurityService()]);
  });

  it('removes a security service with the overrides of its own row, keeping layer overrides', () => {
    const overrides = [
      buildOverride(cellRef(SECURITY_ROW, 'securityVendor'), []),
      buildOverride(cellRef(assuranceRowId('securityService', 'dlp'), 'securityVendor'), []),
      buildOverride(cellRef('businessData', 'securityVendor'), []),
    ];
    const workspace = workspaceOf(
      { securityServices: [buildSecurityService(), buildSecurityService({ id: 'dlp' })] },
      overrides,
    );
    const next = removeSecurityService(workspace, ID, 'security-1');
    expect(only(next).securityServices.map((s) => s.id)).toEqual(['dlp']);
    expect(next.overrides).toEqual(overrides.slice(1));
  });
});

describe('setServiceCoverage', () => {
  const workspace = workspaceOf({
    mode: 'managedDelivery',
    securityServices: [buildSecurityService(), buildSecurityService({ id: 'dlp' })],
    operationsService: buildOperationsService(),
  });

  it('narrows one security service and leaves the others', () => {
    const next = setServiceCoverage(workspace, ID, 'dlp', ['businessData']);
    expect(only(next).securityServices.map((s) => s.layers)).toEqual(['default', ['businessData']]);
    expect(only(next).operationsService?.layers).toBe('default');
  });

  it('widens the operations service', () => {
    const next = setServiceCoverage(workspace, ID, 'ops-1', ['facility', 'businessData']);
    expect(only(next).operationsService?.layers).toEqual(['facility', 'businessData']);
    expect(only(next).securityServices.map((s) => s.layers)).toEqual(['default', 'default']);
  });

  it('resets a coverage to the default', () => {
    const narrowed = setServiceCoverage(workspace, ID, 'dlp', ['businessData']);
    expect(only(setServiceCoverage(narrowed, ID, 'dlp', 'default'))).toEqual(only(workspace));
  });
});

describe('setOperationsService', () => {
  it('switches an operations service on in cloud-service mode', () => {
    const ops = buildOperationsService();
    expect(only(setOperationsService(workspaceOf({}), ID, ops)).operationsService).toBe(ops);
  });

  it('refuses an operations service in software delivery', () => {
    const workspace = workspaceOf({ mode: 'softwareDelivery' });
    expect(setOperationsService(workspace, ID, buildOperationsService())).toBe(workspace);
  });

  it('switches it off with the overrides of its own row', () => {
    const overrides = [buildOverride(cellRef(OPS_ROW, 'provider'), [])];
    const workspace = workspaceOf({ operationsService: buildOperationsService() }, overrides);
    const next = setOperationsService(workspace, ID, null);
    expect(only(next).operationsService).toBeNull();
    expect(next.overrides).toEqual([]);
  });

  it('keeps the overrides of its own row when the same service is updated', () => {
    const overrides = [buildOverride(cellRef(OPS_ROW, 'provider'), [])];
    const workspace = workspaceOf({ operationsService: buildOperationsService() }, overrides);
    const next = setOperationsService(
      workspace,
      ID,
      buildOperationsService({ providerPartyId: 'opsco' }),
    );
    expect(next.overrides).toEqual(overrides);
  });
});

describe('service ids', () => {
  it('refuses a security service whose id the operations service already has', () => {
    const workspace = createWorkspace({ resourceService: 'iaas', mode: 'managedDelivery' });
    const opsId = workspace.engagements[0]?.operationsService?.id ?? '';
    const next = addSecurityService(workspace, 'engagement-1', {
      id: opsId,
      vendorPartyId: null,
      layers: 'default',
    });
    expect(next).toBe(workspace);
  });

  it('gives managed delivery an operations service id that no security service holds', () => {
    let workspace = createWorkspace({ resourceService: 'iaas', mode: 'cloudService' });
    workspace = addSecurityService(workspace, 'engagement-1', {
      id: 'engagement-1-ops',
      vendorPartyId: null,
      layers: 'default',
    });
    workspace = setDeliveryMode(workspace, 'engagement-1', 'managedDelivery');
    expect(workspace.engagements[0]?.operationsService?.id).not.toBe('engagement-1-ops');
  });

  it('drops repeated layers from a coverage', () => {
    let workspace = createWorkspace({ resourceService: 'iaas', mode: 'cloudService' });
    workspace = addSecurityService(workspace, 'engagement-1', {
      id: 's',
      vendorPartyId: null,
      layers: 'default',
    });
    workspace = setServiceCoverage(workspace, 'engagement-1', 's', [
      'businessData',
      'businessData',
    ]);
    expect(workspace.engagements[0]?.securityServices[0]?.layers).toEqual(['businessData']);
  });
});
