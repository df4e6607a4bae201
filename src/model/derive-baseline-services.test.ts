import { describe, expect, it } from 'vitest';
import {
  buildAssuredEngagement,
  buildEngagement,
  buildOperationsService,
  buildSecurityService,
  everyAssignment,
  findCell,
  findRow,
  summarise,
} from '../../tests/support/test-builders';
import { ASSET_LAYERS, type AssetLayer } from './asset-layers';
import type { Assignment, Matrix } from './assignment';
import { deriveBaseline } from './derive-baseline';
import { assuranceRowId } from './matrix-row-id';
import type { Role } from './roles';

// The baseline's assurance services: who supplies them, and the layers they were bought for (§2.3.1).

const SECURITY_ROW = assuranceRowId('securityService', 'security-1');

/** The layers on which a role holds a supporter via that assurance service. */
function supportedLayers(matrix: Matrix, role: Role, via: Assignment['via']): AssetLayer[] {
  return ASSET_LAYERS.filter((layer) =>
    findCell(matrix, layer, role).assignments.some((a) => a.duty === 'supporter' && a.via === via),
  );
}

describe('deriveBaseline: named parties', () => {
  const named = buildAssuredEngagement(
    { resourceService: 'iaas', mode: 'managedDelivery' },
    {
      customerPartyId: 'acme',
      providerPartyId: 'cloudco',
      securityServices: [buildSecurityService({ vendorPartyId: 'shieldco' })],
      operationsService: buildOperationsService({ providerPartyId: 'opsco' }),
    },
  );
  const matrix = deriveBaseline(named);
  const all = everyAssignment(matrix);

  it.each([
    {
      who: 'the customer',
      on: 'its owner assignments',
      partyId: 'acme',
      role: 'customer',
      duty: 'owner',
      serviceId: undefined,
    },
    {
      who: 'the provider',
      on: 'its owner assignments of layers',
      partyId: 'cloudco',
      role: 'provider',
      duty: 'owner',
      serviceId: undefined,
    },
    {
      who: 'the security vendor',
      on: 'the supporters and the own row of its service',
      partyId: 'shieldco',
      role: 'securityVendor',
      duty: undefined,
      serviceId: 'security-1',
    },
    {
      who: 'the operations provider',
      on: 'the supporters and the own row of its service',
      partyId: 'opsco',
      role: 'provider',
      duty: undefined,
      serviceId: 'ops-1',
    },
  ] as const)('names $who on $on', ({ partyId, role, duty, serviceId }) => {
    const carried = all.filter(({ assignment }) => assignment.partyId === partyId);
    const expected = all.filter(
      ({ role: r, assignment }) =>
        r === role &&
        (duty === undefined || assignment.duty === duty) &&
        assignment.serviceId === serviceId,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(carried).toEqual(expected);
  });

  it('names no party on any assignment when the engagement names none', () => {
    const anonymous = deriveBaseline(
      buildAssuredEngagement({ resourceService: 'iaas', mode: 'managedDelivery' }),
    );
    for (const { assignment } of everyAssignment(anonymous)) {
      expect(assignment).not.toHaveProperty('partyId');
    }
  });

  it('names the assurance service on every supporter', () => {
    const supporters = all.filter(({ assignment }) => assignment.duty === 'supporter');
    expect(supporters.length).toBeGreaterThan(0);
    for (const { assignment } of supporters) {
      expect(assignment.serviceId).toBe(
        assignment.via === 'securityService' ? 'security-1' : 'ops-1',
      );
    }
  });
});

describe('deriveBaseline: the layers an assurance service was bought for', () => {
  it('shows the security vendor only on business data when its service is narrowed to it', () => {
    const matrix = deriveBaseline(
      buildAssuredEngagement(
        { resourceService: 'iaas', mode: 'cloudService' },
        { securityServices: [buildSecurityService({ layers: ['businessData'] })] },
      ),
    );
    expect(supportedLayers(matrix, 'securityVendor', 'securityService')).toEqual(['businessData']);
    expect(findRow(matrix, SECURITY_ROW).kind).toBe('assurance');
  });

  it('shows the security vendor on the facility in software delivery when its service is widened to it', () => {
    const matrix = deriveBaseline(
      buildAssuredEngagement(
        { resourceService: 'iaas', mode: 'softwareDelivery' },
        { securityServices: [buildSecurityService({ layers: [...ASSET_LAYERS] })] },
      ),
    );
    expect(summarise(findCell(matrix, 'facility', 'securityVendor').assignments)).toEqual([
      'supporter·whole·securityService',
    ]);
  });

  it('shows nothing on the facility in cloud-service mode even when the service is widened to it, because the table does not allow it', () => {
    const matrix = deriveBaseline(
      buildAssuredEngagement(
        { resourceService: 'iaas', mode: 'cloudService' },
        { securityServices: [buildSecurityService({ layers: ['facility'] })] },
      ),
    );
    expect(supportedLayers(matrix, 'securityVendor', 'securityService')).toEqual([]);
  });

  it('keeps the operations service on the boundary layer in cloud-service mode even when widened to every layer', () => {
    const matrix = deriveBaseline(
      buildAssuredEngagement(
        { resourceService: 'paas', mode: 'cloudService' },
        { operationsService: buildOperationsService({ layers: [...ASSET_LAYERS] }) },
      ),
    );
    expect(supportedLayers(matrix, 'provider', 'opsService')).toEqual(['platformSoftware']);
  });

  it('drops the operations supporter under the service in managed delivery when narrowed to the boundary layer', () => {
    const matrix = deriveBaseline(
      buildAssuredEngagement(
        { resourceService: 'saas', mode: 'managedDelivery' },
        { operationsService: buildOperationsService({ layers: ['applicationSoftware'] }) },
      ),
    );
    expect(supportedLayers(matrix, 'provider', 'opsService')).toEqual(['applicationSoftware']);
  });

  it('keeps the own row of a service narrowed to no layer, with no supporter anywhere', () => {
    const matrix = deriveBaseline(
      buildEngagement({ securityServices: [buildSecurityService({ layers: [] })] }),
    );
    expect(supportedLayers(matrix, 'securityVendor', 'securityService')).toEqual([]);
    expect(findRow(matrix, SECURITY_ROW).cells.securityVendor.assignments).toHaveLength(1);
  });

  it('gives two supporters and two own rows for two security services from different vendors', () => {
    const matrix = deriveBaseline(
      buildEngagement({
        resourceService: 'paas',
        securityServices: [
          buildSecurityService({ id: 'waf', vendorPartyId: 'shieldco' }),
          buildSecurityService({ id: 'dlp', vendorPartyId: 'datasafe' }),
        ],
      }),
    );
    for (const layer of ['platformSoftware', 'applicationSoftware', 'businessData'] as const) {
      const supporters = findCell(matrix, layer, 'securityVendor').assignments;
      expect(supporters.map((a) => [a.serviceId, a.partyId])).toEqual([
        ['waf', 'shieldco'],
        ['dlp', 'datasafe'],
      ]);
    }
    const ownRows = matrix.rows.filter((row) => row.kind === 'assurance');
    expect(ownRows.map((row) => row.id)).toEqual([
      assuranceRowId('securityService', 'waf'),
      assuranceRowId('securityService', 'dlp'),
    ]);
    expect(ownRows.map((row) => row.cells.securityVendor.assignments[0]?.partyId)).toEqual([
      'shieldco',
      'datasafe',
    ]);
  });

  it('gives nothing for an operations service in software delivery, even widened to every layer', () => {
    const matrix = deriveBaseline(
      buildEngagement({
        mode: 'softwareDelivery',
        operationsService: buildOperationsService({ layers: [...ASSET_LAYERS] }),
      }),
    );
    expect(matrix).toEqual(deriveBaseline(buildEngagement({ mode: 'softwareDelivery' })));
  });
});
