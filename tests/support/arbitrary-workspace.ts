import fc from 'fast-check';
import { ASSET_LAYERS } from '@/model/asset-layers';
import type { Assignment, Basis } from '@/model/assignment';
import { DUTIES, REPORT_SECTIONS, SCOPES } from '@/model/assignment';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import {
  DEPARTMENT_KINDS,
  type Department,
  RACI_LETTERS,
  type RaciEntry,
} from '@/model/departments';
import { assuranceRowId, layerRowId } from '@/model/matrix-row-id';
import { CHANNEL_CATEGORIES } from '@/model/principles';
import { ROLES } from '@/model/roles';
import { ASSURANCE_SERVICE_TYPES, RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import type {
  ContractMeta,
  Engagement,
  InformationChannel,
  JointResponse,
  Override,
  Party,
  ServiceCoverage,
  Workspace,
} from '@/model/workspace';

// Texts that break naive CSV, spreadsheets, JSON, or UTF-16 handling: quotes, separators, line ends,
// formula prefixes (OWASP CSV injection), emoji sequences, rare hanzi outside the BMP, and values
// that look like the keys a prototype-pollution attack would use.
const NASTY_TEXTS = [
  '',
  ' ',
  '"',
  '"quoted"',
  'a,b',
  'a;b',
  'line\r\nbreak',
  '\n',
  '\r',
  '=SUM(A1:A9)',
  '+1',
  '-1',
  '@cmd',
  "'quoted",
  '\tTab',
  '\u0000',
  '😀',
  '👩‍👩‍👧',
  '朱镕基',
  '陶喆',
  '𠀀',
  '云安全责任共担',
  '\\',
  '</script>',
  '__proto__',
  'constructor',
  'prototype',
] as const;

// Model objects are plain objects; fast-check would otherwise also build null-prototype records.
const PLAIN = { noNullPrototype: true } as const;

function arbitraryText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(...NASTY_TEXTS),
      fc.array(fc.constantFrom(...NASTY_TEXTS), { maxLength: 6 }).map((parts) => parts.join('')),
      fc.string({ unit: 'grapheme', maxLength: 24 }),
      fc.string({ unit: 'binary', maxLength: 24 }),
    )
    .map((text) => text.slice(0, maxLength));
}

function arbitraryId(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat({ max: 20 }).map((n) => `id-${n}`),
    arbitraryText(200).filter((text) => text.length > 0),
  );
}

/** A list of distinct ids, so records can be built around them. */
function arbitraryIds(maxLength: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(arbitraryId(), { maxLength });
}

function arbitraryPartyRef(partyIds: readonly string[]): fc.Arbitrary<string | null> {
  return partyIds.length === 0
    ? fc.constant(null)
    : fc.option(fc.constantFrom(...partyIds), { nil: null });
}

function arbitraryCoverage(): fc.Arbitrary<ServiceCoverage> {
  return fc.oneof(fc.constant('default' as const), fc.shuffledSubarray([...ASSET_LAYERS]));
}

function arbitraryEngagement(id: string, partyIds: readonly string[]): fc.Arbitrary<Engagement> {
  return fc
    .record({ serviceIds: arbitraryIds(4), withOperations: fc.boolean() }, PLAIN)
    .chain(({ serviceIds, withOperations }) => {
      // Security and operations services share one id space per engagement.
      const opsId = withOperations ? serviceIds[0] : undefined;
      const securityIds = opsId === undefined ? serviceIds : serviceIds.slice(1);
      return fc.record(
        {
          id: fc.constant(id),
          name: arbitraryText(200),
          resourceService: fc.constantFrom(...RESOURCE_SERVICE_TYPES),
          mode: fc.constantFrom(...DELIVERY_MODES),
          customerPartyId: arbitraryPartyRef(partyIds),
          providerPartyId: arbitraryPartyRef(partyIds),
          securityServices: fc.tuple(
            ...securityIds.map((serviceId) =>
              fc.record(
                {
                  id: fc.constant(serviceId),
                  vendorPartyId: arbitraryPartyRef(partyIds),
                  layers: arbitraryCoverage(),
                },
                PLAIN,
              ),
            ),
          ),
          operationsService:
            opsId === undefined
              ? fc.constant(null)
              : fc.record(
                  {
                    id: fc.constant(opsId),
                    providerPartyId: arbitraryPartyRef(partyIds),
                    layers: arbitraryCoverage(),
                  },
                  PLAIN,
                ),
        },
        PLAIN,
      );
    });
}

function arbitraryBasis(): fc.Arbitrary<Basis> {
  return fc.oneof(
    fc.record(
      {
        source: fc.constantFrom('report' as const, 'derived' as const),
        section: fc.constantFrom(...REPORT_SECTIONS),
      },
      PLAIN,
    ),
    fc.constant({ source: 'override' as const }),
  );
}

function arbitraryAssignment(partyIds: readonly string[]): fc.Arbitrary<Assignment> {
  return fc
    .record(
      {
        duty: fc.constantFrom(...DUTIES),
        scope: fc.constantFrom(...SCOPES),
        via: fc.constantFrom(...ASSURANCE_SERVICE_TYPES),
        // Any id: a supporter may name a service that was removed since (a finding, not a broken file).
        serviceId: arbitraryId(),
        partyId: partyIds.length === 0 ? fc.constant(undefined) : fc.constantFrom(...partyIds),
        basis: arbitraryBasis(),
      },
      { ...PLAIN, requiredKeys: ['duty', 'scope', 'basis'] },
    )
    .map(({ partyId, ...rest }) => (partyId === undefined ? rest : { ...rest, partyId }));
}

/** The rows an override may address in an engagement: its layers and its services' own rows. */
function rowIdsOf(engagement: Engagement): string[] {
  return [
    ...ASSET_LAYERS.map(layerRowId),
    ...engagement.securityServices.map((s) => assuranceRowId('securityService', s.id)),
    ...(engagement.operationsService
      ? [assuranceRowId('opsService', engagement.operationsService.id)]
      : []),
  ];
}

function arbitraryOverrides(
  engagements: readonly Engagement[],
  partyIds: readonly string[],
): fc.Arbitrary<Override[]> {
  const cells = engagements.flatMap((engagement) =>
    rowIdsOf(engagement).flatMap((rowId) =>
      ROLES.map((role) => ({ engagementId: engagement.id, rowId, role })),
    ),
  );
  // A subarray of distinct cells: one override per cell.
  return fc.shuffledSubarray(cells, { maxLength: Math.min(8, cells.length) }).chain((chosen) =>
    fc.tuple(
      ...chosen.map((cell) =>
        fc.record(
          {
            engagementId: fc.constant(cell.engagementId),
            rowId: fc.constant(cell.rowId),
            role: fc.constant(cell.role),
            assignments: fc.array(arbitraryAssignment(partyIds), { maxLength: 3 }),
            reason: arbitraryText(5000),
          },
          PLAIN,
        ),
      ),
    ),
  );
}

function arbitraryChannels(partyIds: readonly string[]): fc.Arbitrary<InformationChannel[]> {
  if (partyIds.length === 0) return fc.constant([]);
  const party = fc.constantFrom(...partyIds);
  return arbitraryIds(4).chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record(
            {
              id: fc.constant(id),
              fromPartyId: party,
              toPartyId: party,
              category: fc.constantFrom(...CHANNEL_CATEGORIES),
              categoryName: arbitraryText(200),
              what: arbitraryText(5000),
              trigger: arbitraryText(5000),
              timeliness: arbitraryText(5000),
              medium: arbitraryText(5000),
            },
            PLAIN,
          )
          .map(
            ({ categoryName, ...channel }): InformationChannel =>
              // Only a category of the user's own carries a name.
              channel.category === 'other' ? { ...channel, categoryName } : channel,
          ),
      ),
    ),
  );
}

function arbitraryJointResponses(
  engagementIds: readonly string[],
  partyIds: readonly string[],
): fc.Arbitrary<JointResponse[]> {
  const coordinator = fc.constantFrom(null, ...partyIds);
  return fc.subarray([...engagementIds]).chain((ids) =>
    fc.tuple(
      ...ids.map((engagementId) =>
        fc.record(
          {
            engagementId: fc.constant(engagementId),
            // Short texts: the channels already stress the 5,000-character cap.
            notification: arbitraryText(200),
            timeliness: arbitraryText(200),
            coordinatorPartyId: coordinator,
          },
          PLAIN,
        ),
      ),
    ),
  );
}

function arbitraryDepartments(partyIds: readonly string[]): fc.Arbitrary<Department[]> {
  if (partyIds.length === 0) return fc.constant([]);
  return arbitraryIds(4).chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            partyId: fc.constantFrom(...partyIds),
            kind: fc.constantFrom(...DEPARTMENT_KINDS),
            name: arbitraryText(200),
          },
          PLAIN,
        ),
      ),
    ),
  );
}

/** RACI entries of distinct (cell, department) pairs on existing customer cells and departments. */
function arbitraryRaci(
  engagements: readonly Engagement[],
  departments: readonly Department[],
): fc.Arbitrary<RaciEntry[]> {
  const pairs = engagements.flatMap((engagement) =>
    rowIdsOf(engagement).flatMap((rowId) =>
      departments.map((department) => ({
        engagementId: engagement.id,
        rowId,
        departmentId: department.id,
      })),
    ),
  );
  return fc.shuffledSubarray(pairs, { maxLength: Math.min(8, pairs.length) }).chain((chosen) =>
    fc.tuple(
      ...chosen.map((pair) =>
        fc.record(
          {
            engagementId: fc.constant(pair.engagementId),
            rowId: fc.constant(pair.rowId),
            role: fc.constant('customer' as const),
            departmentId: fc.constant(pair.departmentId),
            letters: fc.shuffledSubarray([...RACI_LETTERS]),
          },
          PLAIN,
        ),
      ),
    ),
  );
}

function arbitraryContract(): fc.Arbitrary<ContractMeta> {
  const date = fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  return fc.record(
    {
      title: arbitraryText(200),
      version: arbitraryText(200),
      date: fc.oneof(fc.constant(''), date),
      notes: arbitraryText(5000),
    },
    PLAIN,
  );
}

/**
 * A valid workspace: parties with distinct ids, engagements whose party references, security
 * services and optional operations service are consistent, at most one override per existing cell,
 * channels between existing parties, and departments of existing parties with RACI entries on
 * existing cells; every text may be a nasty one.
 */
export function arbitraryWorkspace(): fc.Arbitrary<Workspace> {
  return fc
    .record({ partyIds: arbitraryIds(5), engagementIds: arbitraryIds(4) }, PLAIN)
    .chain(({ partyIds, engagementIds }) =>
      fc
        .record(
          {
            parties: fc.tuple(
              ...partyIds.map(
                (id): fc.Arbitrary<Party> =>
                  fc.record(
                    {
                      id: fc.constant(id),
                      name: arbitraryText(200),
                      roles: fc.shuffledSubarray([...ROLES]),
                    },
                    PLAIN,
                  ),
              ),
            ),
            engagements: fc.tuple(...engagementIds.map((id) => arbitraryEngagement(id, partyIds))),
          },
          PLAIN,
        )
        .chain(({ parties, engagements }) =>
          arbitraryDepartments(partyIds).chain((departments) =>
            fc.record(
              {
                contract: arbitraryContract(),
                parties: fc.constant(parties),
                engagements: fc.constant(engagements),
                overrides: arbitraryOverrides(engagements, partyIds),
                channels: arbitraryChannels(partyIds),
                jointResponses: arbitraryJointResponses(engagementIds, partyIds),
                departments: fc.constant(departments),
                raci: arbitraryRaci(engagements, departments),
              },
              PLAIN,
            ),
          ),
        ),
    );
}
