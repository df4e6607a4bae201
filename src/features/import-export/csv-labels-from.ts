import { basisKey, describeBasis } from '@/export/basis-words';
import type { CsvLabels } from '@/export/csv/csv-labels';
import type { AreaKey } from '@/i18n/area-loaders';
import { basisWordsFrom } from '@/i18n/basis-words-from';
import { describeRow } from '@/i18n/describe-row';
import type { MessageParams, Translate } from '@/i18n/translate';
import type { Basis, MatrixRow } from '@/model/assignment';
import { ROLES, type Role } from '@/model/roles';

/**
 * A translate function asked only for the files area's keys: `Translate<'files'>` fits, and so does
 * a function over that area alone (the annex labels pass one).
 */
export type FilesTranslate = (key: AreaKey<'files'>, params?: MessageParams) => string;

/** Remembers `make`'s answer per key: the CSV asks for the same few words on every one of its rows. */
function remembered<T>(
  keyOf: (value: T) => string,
  make: (value: T) => string,
): (value: T) => string {
  const known = new Map<string, string>();
  return (value) => {
    const key = keyOf(value);
    let words = known.get(key);
    if (words === undefined) {
      words = make(value);
      known.set(key, words);
    }
    return words;
  };
}

/**
 * The CSV's label columns in the user's language. A 50-engagement workspace has about a thousand
 * rows but only a few distinct layer, role and basis words, so each is translated once.
 */
export function csvLabelsFrom(t: Translate, f: FilesTranslate): CsvLabels {
  const basisWords = basisWordsFrom(t);
  const roleNames = new Map<Role, string>(ROLES.map((role) => [role, t(`role.${role}`)]));
  return {
    engagement: (engagement, index) => engagement.name || f('export.engagementN', { n: index + 1 }),
    row: remembered(
      (row: MatrixRow) =>
        row.layer ? `layer ${row.layer}` : `service ${row.serviceType ?? row.id}`,
      (row) => describeRow(row, t).name,
    ),
    role: (role) => roleNames.get(role) ?? role,
    basis: remembered(basisKey, (basis: Basis) => describeBasis(basis, basisWords)),
    yes: f('export.yes'),
    no: f('export.no'),
  };
}
