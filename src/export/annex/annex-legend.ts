import { DUTIES } from '@/model/assignment';
import { CROSSWALK_RULES } from '@/model/crosswalk';
import type { AnnexLabels } from './annex-labels';
import type { AnnexBlock } from './annex-model';
import { DERIVED_MARK, DUTY_MARK, OVERRIDE_MARK } from './annex-names';

function dutyKey(labels: AnnexLabels) {
  return DUTIES.map((duty) => `${DUTY_MARK[duty]} ${labels.dutyLetter(duty)} ${labels.duty(duty)}`);
}

/**
 * The legend under a matrix: in full (each duty's meaning, the two cell marks) under the first
 * matrix, as one line under the others, so a long annex does not repeat a paragraph per engagement.
 */
export function buildLegend(labels: AnnexLabels, full: boolean): AnnexBlock {
  const keys = dutyKey(labels);
  if (!full) {
    const marks = [
      ...keys,
      `${OVERRIDE_MARK} ${labels.matrix.overriddenShort}`,
      `${DERIVED_MARK} ${labels.matrix.derivedShort}`,
    ];
    return {
      kind: 'paragraph',
      tone: 'note',
      text: labels.document.field(labels.matrix.legendHeading, marks.join('   ')),
    };
  }
  return {
    kind: 'lines',
    lines: [
      labels.matrix.legendHeading,
      ...DUTIES.map((duty, index) =>
        labels.document.field(keys[index] ?? '', labels.matrix.dutyMeaning(duty)),
      ),
      `${OVERRIDE_MARK} ${labels.matrix.legendOverridden}`,
      `${DERIVED_MARK} ${labels.matrix.legendDerived}`,
      labels.crosswalk.heading,
      ...CROSSWALK_RULES.map(({ owners, crosswalk }) =>
        labels.crosswalk.rule(
          owners.map((role) => labels.role(role)).join(labels.document.listSeparator),
          crosswalk,
        ),
      ),
      labels.crosswalk.note,
    ],
  };
}
