import type { Content } from 'pdfmake/interfaces';
import { DUTIES } from '@/model/assignment';
import { CROSSWALK_RULES } from '@/model/crosswalk';
import type { AnnexLabels } from './annex-labels';
import { DERIVED_MARK, DUTY_MARK, OVERRIDE_MARK } from './annex-names';

function dutyKey(labels: AnnexLabels) {
  return DUTIES.map((duty) => `${DUTY_MARK[duty]} ${labels.dutyLetter(duty)} ${labels.duty(duty)}`);
}

/**
 * The legend under a matrix: in full (each duty's meaning, the two cell marks) under the first
 * matrix, as one line under the others, so a long annex does not repeat a paragraph per engagement.
 */
export function buildLegend(labels: AnnexLabels, full: boolean): Content {
  const keys = dutyKey(labels);
  if (!full) {
    const marks = [
      ...keys,
      `${OVERRIDE_MARK} ${labels.matrix.overriddenShort}`,
      `${DERIVED_MARK} ${labels.matrix.derivedShort}`,
    ];
    return {
      text: labels.document.field(labels.matrix.legendHeading, marks.join('   ')),
      style: 'note',
    };
  }
  return {
    style: 'note',
    stack: [
      { text: labels.matrix.legendHeading },
      ...DUTIES.map((duty, index) => ({
        text: labels.document.field(keys[index] ?? '', labels.matrix.dutyMeaning(duty)),
      })),
      { text: `${OVERRIDE_MARK} ${labels.matrix.legendOverridden}` },
      { text: `${DERIVED_MARK} ${labels.matrix.legendDerived}` },
      { text: labels.crosswalk.heading },
      ...CROSSWALK_RULES.map(({ owners, crosswalk }) => ({
        text: labels.crosswalk.rule(
          owners.map((role) => labels.role(role)).join(labels.document.listSeparator),
          crosswalk,
        ),
      })),
      { text: labels.crosswalk.note },
    ],
  };
}
