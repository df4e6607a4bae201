import type { PartyDutiesCsvLabels } from '@/export/csv/party-duties-csv';
import type { PartyDutiesPdfLabels } from '@/export/pdf/party-duties-pdf';
import { describeEngagement } from '@/i18n/describe-engagement';
import type { Translate } from '@/i18n/translate';
import type { PartyDutyGroup } from '@/model/party-duties';
import type { Workspace } from '@/model/workspace';
import { lineWords } from './duty-words';

/** What both exports need to know besides the duties: the workspace and the party's name. */
export interface ExportSubject {
  readonly workspace: Workspace;
  readonly party: string;
}

function engagementOf(subject: ExportSubject, group: PartyDutyGroup, t: Translate) {
  return describeEngagement(subject.workspace.engagements, group.engagement.id, t);
}

/** The CSV list's words in the user's language. */
export function csvLabelsFrom(
  subject: ExportSubject,
  t: Translate,
  p: Translate<'party-duties'>,
): PartyDutiesCsvLabels {
  return {
    headers: {
      party: p('party.csvHead.party'),
      engagement: p('party.csvHead.engagement'),
      row: p('party.csvHead.row'),
      role: p('party.csvHead.role'),
      duty: p('party.csvHead.duty'),
      scope: p('party.csvHead.scope'),
      via: p('party.csvHead.via'),
      basis: p('party.csvHead.basis'),
      changed: p('party.csvHead.changed'),
      reason: p('party.csvHead.reason'),
    },
    party: subject.party,
    engagement: (group) => engagementOf(subject, group, t),
    line: (line, engagement) => lineWords(line, engagement, t, p),
  };
}

/** The PDF list's words in the user's language; `summary` is the sentence the view shows. */
export function pdfLabelsFrom(
  subject: ExportSubject,
  summary: string,
  t: Translate,
  p: Translate<'party-duties'>,
): PartyDutiesPdfLabels {
  const { party } = subject;
  return {
    title: p('party.pdfTitle', { party }),
    subtitle: p('party.pdfSubtitle'),
    summary,
    nothing: p('party.nothing', { party }),
    legend: p('party.pdfLegend'),
    contract: {
      heading: p('party.pdfContract'),
      title: p('party.pdfContractTitle'),
      version: p('party.pdfVersion'),
      date: p('party.pdfDate'),
      notSet: p('party.pdfNotSet'),
    },
    columns: {
      row: p('party.col.row'),
      role: p('party.col.role'),
      duty: p('party.col.duty'),
      scope: p('party.col.scope'),
      via: p('party.col.via'),
      basis: p('party.col.basis'),
      reason: p('party.col.reason'),
    },
    pageOf: (page, count) => p('party.pdfPageOf', { page, count }),
    // An unnamed engagement is already called by its number and scenario.
    engagement: (group) =>
      group.engagement.name.trim()
        ? p('party.pdfEngagement', { number: group.index + 1, name: group.engagement.name.trim() })
        : engagementOf(subject, group, t),
    engagementNote: (group) =>
      [
        p('party.scenario', {
          serviceType: t(`serviceType.${group.engagement.resourceService}`),
          mode: t(`mode.${group.engagement.mode}`),
        }),
        p('party.actsAs', {
          roles: group.roles.map((role) => t(`role.${role}`)).join(t('list.separator')),
        }),
      ].join(' — '),
    dutyLetter: (duty) => t(`dutyLetter.${duty}`),
    line: (line, engagement) => lineWords(line, engagement, t, p),
    signature: {
      heading: p('party.pdfSignature', { party }),
      name: p('party.pdfSignName'),
      signature: p('party.pdfSignSignature'),
      date: p('party.pdfSignDate'),
    },
  };
}
