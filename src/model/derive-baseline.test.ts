import { describe, expect, it } from 'vitest';
import {
  ASSURANCE_ROW_TABLE,
  BASELINE_TABLE,
  withoutSupporters,
} from '../../tests/fixtures/baseline-table';
import {
  ALL_SCENARIOS,
  buildAssuredEngagement,
  buildEngagement,
  buildOperationsService,
  buildSecurityService,
  everyAssignment,
  findCell,
  findRow,
  summarise,
  summariseCells,
  summariseRow,
} from '../../tests/support/test-builders';
import { ASSET_LAYERS } from './asset-layers';
import { DELIVERY_MODES } from './delivery-modes';
import { deriveBaseline } from './derive-baseline';
import { assuranceRowId } from './matrix-row-id';
import { ROLES } from './roles';
import { RESOURCE_SERVICE_TYPES } from './service-types';

const SECURITY_ROW = assuranceRowId('securityService', 'security-1');
const OPS_ROW = assuranceRowId('opsService', 'ops-1');

describe('deriveBaseline: the mode tables of §2.3.2', () => {
  it.each(BASELINE_TABLE)(
    'gives $layer in $resourceService / $mode the fixture cells when assurance services are in scope',
    ({ resourceService, mode, layer, cells }) => {
      const matrix = deriveBaseline(buildAssuredEngagement({ resourceService, mode }));
      expect(summariseRow(matrix, layer)).toEqual(summariseCells(cells));
    },
  );

  it.each(BASELINE_TABLE)(
    'gives $layer in $resourceService / $mode only the owners when no assurance service is in scope',
    ({ resourceService, mode, layer, cells }) => {
      const matrix = deriveBaseline(buildEngagement({ resourceService, mode }));
      expect(summariseRow(matrix, layer)).toEqual(summariseCells(withoutSupporters(cells)));
    },
  );

  it('covers all 45 scenario layers in the fixture', () => {
    expect(BASELINE_TABLE).toHaveLength(
      RESOURCE_SERVICE_TYPES.length * DELIVERY_MODES.length * ASSET_LAYERS.length,
    );
  });

  it.each(ALL_SCENARIOS)(
    'gives business data to the customer as owner of the whole in $resourceService / $mode',
    (scenario) => {
      const matrix = deriveBaseline(buildAssuredEngagement(scenario));
      expect(summarise(findCell(matrix, 'businessData', 'customer').assignments)).toEqual([
        'owner·whole',
      ]);
    },
  );

  it.each(ALL_SCENARIOS)(
    'lists the five layer rows bottom to top with their position, then the assurance rows, in $resourceService / $mode',
    (scenario) => {
      const matrix = deriveBaseline(buildAssuredEngagement(scenario, { id: 'e-7' }));
      expect(matrix.engagementId).toBe('e-7');
      expect(matrix.rows.map((row) => row.id)).toEqual([
        ...ASSET_LAYERS,
        SECURITY_ROW,
        ...(scenario.mode === 'softwareDelivery' ? [] : [OPS_ROW]),
      ]);
      const boundary = { iaas: 1, paas: 2, saas: 3 }[scenario.resourceService];
      expect(matrix.rows.slice(0, 5).map((row) => row.position)).toEqual(
        ASSET_LAYERS.map((_, index) =>
          index < boundary ? 'under' : index === boundary ? 'boundary' : 'on',
        ),
      );
    },
  );

  it('derives cells that are not overridden, have no reason, and keep themselves as baseline', () => {
    const matrix = deriveBaseline(
      buildAssuredEngagement({ resourceService: 'paas', mode: 'managedDelivery' }),
    );
    for (const row of matrix.rows) {
      for (const role of ROLES) {
        const cell = row.cells[role];
        expect(cell).toMatchObject({ role, overridden: false, reason: '' });
        expect(cell.baseline).toEqual(cell.assignments);
      }
    }
  });
});

describe('deriveBaseline: supporters help the customer carry its own duty', () => {
  const everyLayer = [...ASSET_LAYERS];

  it.each(ALL_SCENARIOS)(
    'gives each supporter the scope of the customer owner on its layer in $resourceService / $mode',
    (scenario) => {
      const matrix = deriveBaseline(
        buildAssuredEngagement(scenario, {
          securityServices: [buildSecurityService({ layers: everyLayer })],
          operationsService: buildOperationsService({ layers: everyLayer }),
        }),
      );
      for (const layer of ASSET_LAYERS) {
        const customerScopes = findCell(matrix, layer, 'customer').assignments.map((a) => a.scope);
        const supporterScopes = ROLES.flatMap((role) => findCell(matrix, layer, role).assignments)
          .filter((a) => a.duty === 'supporter')
          .map((a) => a.scope);
        for (const scope of supporterScopes) expect(customerScopes).toEqual([scope]);
      }
    },
  );

  it.each(ALL_SCENARIOS)(
    'never puts a supporter on a layer the customer does not own, even with every layer in scope, in $resourceService / $mode',
    (scenario) => {
      const matrix = deriveBaseline(
        buildAssuredEngagement(scenario, {
          securityServices: [buildSecurityService({ layers: everyLayer })],
          operationsService: buildOperationsService({ layers: everyLayer }),
        }),
      );
      const onUnownedLayers = everyAssignment(matrix).filter(
        ({ row, assignment }) =>
          row.kind === 'layer' &&
          assignment.duty === 'supporter' &&
          !row.cells.customer.assignments.some((a) => a.duty === 'owner'),
      );
      expect(onUnownedLayers).toEqual([]);
    },
  );
});

describe('deriveBaseline: the assurance services own rows [derived §2.4]', () => {
  it.each(ALL_SCENARIOS)(
    'gives each assurance service in scope its own row in $resourceService / $mode',
    (scenario) => {
      const matrix = deriveBaseline(buildAssuredEngagement(scenario));
      const expected = ASSURANCE_ROW_TABLE[scenario.mode];
      const rows = matrix.rows.filter((row) => row.kind === 'assurance');
      expect(rows.map((row) => row.serviceType)).toEqual(Object.keys(expected));
      for (const row of rows) {
        const cells = row.serviceType ? expected[row.serviceType] : undefined;
        if (!cells) throw new Error(`unexpected assurance row ${row.id}`);
        expect(summariseRow(matrix, row.id)).toEqual(summariseCells(cells));
      }
      expect(findRow(matrix, SECURITY_ROW)).toMatchObject({ serviceId: 'security-1' });
    },
  );

  it.each(ALL_SCENARIOS)(
    'has no assurance rows without assurance services in $resourceService / $mode',
    (scenario) => {
      const matrix = deriveBaseline(buildEngagement(scenario));
      expect(matrix.rows.map((row) => row.id)).toEqual([...ASSET_LAYERS]);
    },
  );

  it('names the service on the owner of its own row', () => {
    const matrix = deriveBaseline(
      buildAssuredEngagement({ resourceService: 'iaas', mode: 'cloudService' }),
    );
    expect(findCell(matrix, SECURITY_ROW, 'securityVendor').assignments).toEqual([
      expect.objectContaining({ duty: 'owner', scope: 'service', serviceId: 'security-1' }),
    ]);
    expect(findCell(matrix, OPS_ROW, 'provider').assignments).toEqual([
      expect.objectContaining({ duty: 'owner', scope: 'service', serviceId: 'ops-1' }),
    ]);
  });
});
