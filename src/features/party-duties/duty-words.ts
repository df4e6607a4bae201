import { describeBasis } from '@/export/basis-words';
import type { PartyDutyWords } from '@/export/csv/party-duties-csv';
import { describeAssignment } from '@/i18n/describe-assignment';
import { describeRow } from '@/i18n/describe-row';
import type { Translate } from '@/i18n/translate';
import type { Assignment, Basis, MatrixRow } from '@/model/assignment';
import type { DutyReason, PartyDutyLine } from '@/model/party-duties';
import type { Engagement } from '@/model/workspace';

/** A security service's number when the engagement has several, so their rows are told apart. */
function serviceNumber(engagement: Engagement, serviceId: string | undefined): number | null {
  if (engagement.securityServices.length < 2) return null;
  const index = engagement.securityServices.findIndex((s) => s.id === serviceId);
  return index >= 0 ? index + 1 : null;
}

/** The name of a matrix row, numbering security services when there are several. */
export function rowName(
  row: MatrixRow,
  engagement: Engagement,
  t: Translate,
  p: Translate<'party-duties'>,
): string {
  const name = describeRow(row, t).name;
  const n = row.serviceType === 'securityService' ? serviceNumber(engagement, row.serviceId) : null;
  return n === null ? name : p('party.serviceN', { service: name, n });
}

/** The assurance service that carries a supporter (by its short name in tables), or a dash. */
export function viaName(
  assignment: Assignment,
  engagement: Engagement,
  t: Translate,
  p: Translate<'party-duties'>,
  short = false,
) {
  if (!assignment.via) return p('party.viaNone');
  const service = t(`${short ? 'serviceTypeShort' : 'serviceType'}.${assignment.via}`);
  const n =
    assignment.via === 'securityService' ? serviceNumber(engagement, assignment.serviceId) : null;
  return n === null ? service : p('party.serviceN', { service, n });
}

/** A basis in words: a report section, our derived reading of one, or the contract. */
export function basisWords(basis: Basis, p: Translate<'party-duties'>, mark = true): string {
  return describeBasis(
    basis,
    {
      report: (section) => p('party.basisReport', { section }),
      derived: (section) => p('party.basisDerived', { section }),
      scopeDerived: (section) => p('party.basisScopeDerived', { section }),
      override: p('party.basisOverride'),
    },
    mark,
  );
}

/** The reason for a duty: the contract's own words, or the baseline rule's. */
export function reasonWords(reason: DutyReason, p: Translate<'party-duties'>): string {
  if (reason.kind === 'override') return reason.text || p('party.noReason');
  return p(`party.reason.${reason.rule}`);
}

/** What a changed cell said before the change; empty for an unchanged cell. */
export function baselineWords(
  line: PartyDutyLine,
  t: Translate,
  p: Translate<'party-duties'>,
): string {
  if (!line.changed) return '';
  if (line.baseline.length === 0) return p('party.baselineNone');
  const duties = line.baseline.map((a) => describeAssignment(a, t)).join(t('list.separator'));
  return p('party.baselineWas', { duties });
}

/** One duty in words, for the CSV and the PDF. */
export function lineWords(
  line: PartyDutyLine,
  engagement: Engagement,
  t: Translate,
  p: Translate<'party-duties'>,
): PartyDutyWords {
  return {
    row: rowName(line.row, engagement, t, p),
    role: t(`role.${line.role}`),
    duty: t(`duty.${line.assignment.duty}`),
    scope: t(`scope.${line.assignment.scope}`),
    via: viaName(line.assignment, engagement, t, p),
    // The PDF adds the † mark itself, beside the change mark.
    basis: basisWords(line.assignment.basis, p, false),
    changed: p(line.changed ? 'party.yes' : 'party.no'),
    reason: reasonWords(line.reason, p),
    baseline: baselineWords(line, t, p),
  };
}
