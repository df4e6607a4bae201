import type { Translate } from '@/i18n/translate';
import { ROLES, type Role } from '@/model/roles';
import type { BandOwner, BandSupporter, LayerBand } from './layer-bands';
import type { BandText, LabelLine } from './stack-geometry';

/** The letter that marks each role in the picture, so a band reads without colour. */
export function roleLetters(t: Translate<'picture'>): Record<Role, string> {
  return Object.fromEntries(ROLES.map((role) => [role, t(`picture.roleLetter.${role}`)])) as Record<
    Role,
    string
  >;
}

function supporterTag(s: BandSupporter, t: Translate<'picture'>): string {
  const words = { role: t(`role.${s.role}`), scope: t(`scope.${s.scope}`) };
  return s.via
    ? t('picture.supportedBy', { ...words, via: t(`via.${s.via}`) })
    : t('picture.supportedByNoVia', words);
}

/** The words drawn in a band: layer name and position, each owner's part, each supporter's tag. */
export function toBandText(band: LayerBand, t: Translate<'picture'>): BandText {
  const label: LabelLine[] = [];
  if (band.position) label.push({ kind: 'hint', text: t(`position.${band.position}`) });
  if (band.owners.length > 0 && !band.covered)
    label.push({ kind: 'warning', text: t('picture.notCovered') });
  if (band.changed) label.push({ kind: 'changed', text: t('picture.changed') });
  const parts =
    band.owners.length === 0
      ? [{ role: null, title: t('picture.noOwner'), detail: t('picture.noOwnerDetail') }]
      : band.owners.map((o: BandOwner) => ({
          role: o.role,
          title: t(`role.${o.role}`),
          detail: t('picture.ownerDetail', { duty: t('duty.owner'), scope: t(`scope.${o.scope}`) }),
        }));
  return {
    id: band.layer,
    name: t(`layer.${band.layer}`),
    label,
    parts,
    supporters: band.supporters.map((s) => ({ role: s.role, text: supporterTag(s, t) })),
    changed: band.changed,
    boundary: band.position === 'boundary',
  };
}

function supporterPhrase(s: BandSupporter, t: Translate<'picture'>): string {
  const words = { role: t(`role.${s.role}`), scope: t(`scope.${s.scope}`) };
  return s.via
    ? t('picture.sentence.supporter', { ...words, via: t(`via.${s.via}`) })
    : t('picture.sentence.supporterNoVia', words);
}

/** One layer in a sentence: who owns which part, who supports it, and whether it was changed. */
export function describeBand(band: LayerBand, t: Translate<'picture'>): string {
  const and = t('picture.sentence.and');
  const clauses =
    band.owners.length === 0
      ? [t('picture.sentence.noOwner')]
      : [
          t('picture.sentence.owned', {
            owners: band.owners
              .map((o) =>
                t('picture.sentence.owner', {
                  role: t(`role.${o.role}`),
                  scope: t(`scope.${o.scope}`),
                }),
              )
              .join(and),
          }),
        ];
  if (band.owners.length > 0 && !band.covered) clauses.push(t('picture.sentence.notCovered'));
  if (band.supporters.length > 0) {
    const supporters = band.supporters.map((s) => supporterPhrase(s, t)).join(and);
    clauses.push(t('picture.sentence.supported', { supporters }));
  }
  if (band.changed) clauses.push(t('picture.sentence.changed'));
  const words = {
    layer: t(`layer.${band.layer}`),
    clauses: clauses.join(t('list.clauseSeparator')),
  };
  return band.position
    ? t('picture.sentence.layer', { ...words, position: t(`position.${band.position}`) })
    : t('picture.sentence.layerNoPosition', words);
}

/** The text alternative of a whole stack: one sentence per layer, top to bottom. */
export function describeBands(bands: readonly LayerBand[], t: Translate<'picture'>): string {
  return bands.map((band) => describeBand(band, t)).join(' ');
}
