import { describeParty } from '@/i18n/describe-party';
import type { Translate } from '@/i18n/translate';
import type { Finding } from '@/model/findings';
import { ASSURANCE_SERVICE_TYPES, type AssuranceServiceType } from '@/model/service-types';
import type { Workspace } from '@/model/workspace';

/** "2 errors, 1 warning", leaving out a count that is zero. */
export function countsText(t: Translate<'checks'>, errors: number, warnings: number): string {
  const errorText =
    errors === 1 ? t('checks.errorsOne') : t('checks.errorsOther', { count: errors });
  const warningText =
    warnings === 1 ? t('checks.warningsOne') : t('checks.warningsOther', { count: warnings });
  if (errors > 0 && warnings > 0) {
    return t('checks.countsJoin', { errors: errorText, warnings: warningText });
  }
  return errors > 0 ? errorText : warningText;
}

function isAssuranceType(value: string | undefined): value is AssuranceServiceType {
  return (ASSURANCE_SERVICE_TYPES as readonly (string | undefined)[]).includes(value);
}

/** A row's name: its layer, or "Cloud security service itself" for an assurance row (`type:id`). */
function rowName(t: Translate<'checks'>, finding: Finding): string {
  if (finding.layer) return t(`layer.${finding.layer}`);
  const type = finding.rowId?.split(':')[0];
  if (isAssuranceType(type)) return t('checks.assuranceRow', { service: t(`serviceType.${type}`) });
  return finding.rowId ?? '';
}

/** Where a finding is, as its sentence needs it: the parties, and its engagement among several. */
export interface FindingPlaceNames {
  readonly parties: Workspace['parties'];
  /** The finding's engagement and its number, or null when the workspace has only one. */
  readonly engagement: { readonly name: string; readonly number: number } | null;
}

/**
 * The sentence that says where a finding is: the layer or row, the role's column, the party. With
 * several engagements it names the engagement too, since the same layer exists in each.
 */
export function findingDetail(
  t: Translate<'checks'>,
  finding: Finding,
  names: FindingPlaceNames,
): string {
  const detail = t(`checks.detail.${finding.code}`, {
    row: rowName(t, finding),
    role: finding.role ? t(`role.${finding.role}`) : '',
    party: describeParty(names.parties, finding.partyId ?? '', t),
    customer: t('role.customer'),
    provider: t('role.provider'),
  });
  if (names.engagement === null) return detail;
  const { name, number } = names.engagement;
  const engagement = name.trim() || t('checks.unnamedEngagement', { number });
  return t('checks.inEngagement', { engagement, detail });
}
