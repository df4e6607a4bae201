import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import { ROLES } from '@/model/roles';
import type { Workspace } from '@/model/workspace';
import { OSCAL_VERSION } from '@/schema/oscal-format';
import { oneLine } from '@/schema/oscal-text';
import { CATALOG_UUID } from './build-oscal-catalog';
import type { OscalLabels } from './oscal-labels';
import { nonEmpty, prop, textProp } from './oscal-props';
import { CONTROL_IDS, RFC4122_SCHEME } from './oscal-vocabulary';
import {
  buildEngagementComponents,
  buildOscalParties,
  buildResponsibleParties,
} from './ssp-components';
import { buildRequirements } from './ssp-requirements';
import { uuidsFor } from './ssp-uuids';

/** What an SSP is made from besides the workspace. */
export interface OscalSspOptions {
  /** Identifies the workspace across exports (the saved workspace's id), so UUIDs stay stable. */
  readonly workspaceKey: string;
  /** ISO date-time with time zone for `last-modified`. */
  readonly lastModified: string;
  /** Where the catalogue lies relative to the SSP, e.g. its file name. */
  readonly catalogHref: string;
  /**
   * The fingerprint of the agreed content (domain §11, SHA-256 hex), carried as a metadata prop as
   * the CSV and JSON carry it; the caller computes it (Web Crypto is asynchronous).
   */
  readonly fingerprint?: string;
}

/**
 * The workspace as an OSCAL 1.2.2 system security plan [derived, domain §10]: parties and roles in
 * `metadata`, a component per engagement's service, party and assurance service, and every
 * assignment of every matrix as a `by-components` entry of the requirement for its row.
 */
export function buildOscalSsp(workspace: Workspace, labels: OscalLabels, options: OscalSspOptions) {
  const uuid = uuidsFor(options.workspaceKey);
  const { contract } = workspace;
  const title = oneLine(contract.title, labels.sspTitle);
  const components = [
    {
      uuid: uuid('system'),
      type: 'this-system',
      title,
      description: labels.systemDescription,
      status: { state: 'operational' },
    },
    ...workspace.engagements.flatMap((engagement, index) =>
      buildEngagementComponents(
        workspace,
        engagement,
        index,
        deriveMatrixMemo(engagement, workspace.overrides),
        uuid,
        labels,
      ),
    ),
  ];
  const requirements = workspace.engagements.flatMap((engagement) =>
    buildRequirements(
      workspace,
      engagement,
      deriveMatrixMemo(engagement, workspace.overrides),
      uuid,
      labels,
    ),
  );
  return {
    'system-security-plan': {
      uuid: uuid('ssp'),
      metadata: {
        title,
        'last-modified': options.lastModified,
        version: oneLine(contract.version, '0'),
        'oscal-version': OSCAL_VERSION,
        props: [
          textProp('contract-title', contract.title),
          textProp('contract-version', contract.version),
          textProp('contract-date', contract.date),
          textProp('contract-notes', contract.notes),
          ...(options.fingerprint ? [prop('content-fingerprint', options.fingerprint)] : []),
        ],
        roles: ROLES.map((role) => ({ id: role, title: labels.role(role) })),
        ...nonEmpty('parties', buildOscalParties(workspace, uuid, labels)),
        ...nonEmpty('responsible-parties', buildResponsibleParties(workspace, uuid)),
      },
      'import-profile': {
        href: options.catalogHref,
        remarks: `${labels.catalogTitle} (${CATALOG_UUID})`,
      },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': RFC4122_SCHEME, id: uuid('ssp') }],
        'system-name': title,
        description: labels.systemDescription,
        'system-information': {
          'information-types': [
            {
              uuid: uuid('information-type'),
              title: labels.informationType,
              description: labels.informationTypeDescription,
            },
          ],
        },
        status: { state: 'operational' },
        'authorization-boundary': { description: labels.boundary },
      },
      'system-implementation': { components },
      'control-implementation': {
        description: labels.systemDescription,
        // OSCAL needs one requirement at least; a workspace without engagements lists the data layer.
        'implemented-requirements':
          requirements.length > 0
            ? requirements
            : [{ uuid: uuid('requirement'), 'control-id': CONTROL_IDS[4] as string }],
      },
    },
  };
}
