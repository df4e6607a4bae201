import { describeAssignment } from '@/i18n/describe-assignment';
import type { Translate } from '@/i18n/translate';
import type { Assignment } from '@/model/assignment';
import type { CompareRowKey } from '@/model/compare-matrices';
import type { RowChanges } from '@/model/compare-matrices-moves';
import type { Role } from '@/model/roles';
import type { Party } from '@/model/workspace';

/** The name of a compared row: the layer, or "Cloud security service itself", numbered from the second. */
export function describeCompareRow(
  row: CompareRowKey,
  t: Translate,
  c: Translate<'compare'>,
): string {
  if (row.layer) return t(`layer.${row.layer}`);
  const service = row.serviceType ? t(`serviceType.${row.serviceType}`) : row.key;
  const name = t('matrix.serviceItself', { service });
  return row.ordinal && row.ordinal > 1
    ? c('compare.rowOrdinal', { row: name, n: row.ordinal })
    : name;
}

/** The name of a party of one side, or a word saying that no party is named. */
export function partyName(
  parties: readonly Party[],
  id: string | undefined,
  c: Translate<'compare'>,
) {
  return parties.find((p) => p.id === id)?.name || c('compare.noParty');
}

/** An assignment in words with the party that carries it, e.g. "Owner · whole (Example Bank)". */
export function describeWithParty(
  assignment: Assignment,
  parties: readonly Party[],
  t: Translate,
): string {
  const words = describeAssignment(assignment, t);
  const party = parties.find((p) => p.id === assignment.partyId)?.name;
  return party ? `${words} (${party})` : words;
}

/**
 * The changes of one row as sentences: the duties that move from one role to another, those that
 * pass to another party, those a role takes on or gives up, and whether only one side has the row.
 */
export function describeRowChanges(
  changes: RowChanges,
  sides: { readonly a: readonly Party[]; readonly b: readonly Party[] },
  t: Translate,
  c: Translate<'compare'>,
): string[] {
  const roleName = (r: Role) => t(`role.${r}`);
  const duty = (d: RowChanges['moves'][number]['duty']) => describeAssignment(d, t);
  return [
    ...(changes.presence === 'both'
      ? []
      : [c('compare.onlyIn', { side: changes.presence === 'before' ? 'A' : 'B' })]),
    ...changes.moves.map((m) =>
      c('compare.move', { duty: duty(m.duty), from: roleName(m.from), to: roleName(m.to) }),
    ),
    ...changes.partyChanges.map((p) =>
      c('compare.partyChange', {
        role: roleName(p.role),
        duty: duty(p.duty),
        from: partyName(sides.a, p.fromPartyId, c),
        to: partyName(sides.b, p.toPartyId, c),
      }),
    ),
    ...changes.gains.map((g) => c('compare.gain', { role: roleName(g.role), duty: duty(g.duty) })),
    ...changes.losses.map((l) => c('compare.loss', { role: roleName(l.role), duty: duty(l.duty) })),
  ];
}
