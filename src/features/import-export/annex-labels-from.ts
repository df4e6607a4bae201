import type { AnnexLabels } from '@/export/annex/annex-labels';
import { CITED_REFERENCE_TEXTS } from '@/i18n/cited-references';
import type { CrosswalkTranslate } from '@/i18n/crosswalk-messages';
import { describeChannelCategory } from '@/i18n/describe-channel-category';
import { describeContractGap } from '@/i18n/describe-contract-gap';
import type { Language } from '@/i18n/languages';
import type { printEn } from '@/i18n/print-en';
import type { Translate } from '@/i18n/translate';
import { CITED_REFERENCES } from '@/model/cited-references';
import type { AnnexTranslate } from './annex-messages';
import type { FilesTranslate } from './csv-labels-from';

/** A translate function over the printed annex's words (the PDF shares them where it can). */
export type PrintTranslate = (
  key: keyof typeof printEn,
  params?: Readonly<Record<string, string | number>>,
) => string;

/**
 * The PDF annex's labels in the user's language: domain terms from the app's dictionary, the rest
 * from the annex's; the sections the printed annex also has (information plan, RACI) take its
 * words (`p`).
 */
export function annexLabelsFrom(
  t: Translate,
  a: AnnexTranslate,
  p: PrintTranslate,
  c: CrosswalkTranslate,
  language: Language,
  f: FilesTranslate,
  agreement: AnnexLabels['agreement'],
): AnnexLabels {
  const count = (key: 'annex.errors' | 'annex.warnings', n: number) => (n > 0 ? a(key, { n }) : '');
  return {
    document: {
      title: a('annex.title'),
      pageOf: (page, total) => a('annex.pageOf', { page, count: total }),
      listSeparator: t('list.separator'),
      partSeparator: a('annex.partSeparator'),
      notSet: a('annex.notSet'),
      field: (label, value) => a('annex.field', { label, value }),
      aside: (text) => a('annex.aside', { text }),
    },
    contract: {
      heading: a('annex.contract'),
      title: a('annex.contractTitle'),
      version: a('annex.version'),
      date: a('annex.date'),
      notes: a('annex.notes'),
    },
    parties: {
      heading: a('annex.parties'),
      name: a('annex.partyName'),
      roles: a('annex.partyRoles'),
      none: a('annex.noParties'),
      unknown: (id) => a('annex.unknownParty', { id }),
      unassigned: a('annex.unassigned'),
    },
    role: (role) => t(`role.${role}`),
    layer: (layer) => t(`layer.${layer}`),
    position: (position) => t(`position.${position}`),
    serviceType: (type) => t(`serviceType.${type}`),
    mode: (mode) => t(`mode.${mode}`),
    typicalCase: (c) => t(`typicalCase.${c}`),
    duty: (duty) => t(`duty.${duty}`),
    dutyLetter: (duty) => t(`dutyLetter.${duty}`),
    scope: (scope) => t(`scope.${scope}`),
    via: (via) => t(`via.${via}`),
    principle: (p) => t(`principle.${p}`),
    severity: (s) => t(`severity.${s}`),
    finding: (code) => t(`finding.${code}`),
    engagement: {
      heading: (number, name) =>
        name ? a('annex.engagementNamed', { number, name }) : a('annex.engagement', { number }),
      scenario: a('annex.scenario'),
      resourceService: a('annex.resourceService'),
      deliveryMode: a('annex.deliveryMode'),
      typicalCases: (cases) => t('scenario.typicalCases', { cases }),
      assuranceServices: a('annex.assuranceServices'),
      noAssuranceServices: a('annex.none'),
      assuranceService: (type, n) =>
        n === undefined
          ? t(`serviceType.${type}`)
          : a('annex.securityServiceN', { service: t(`serviceType.${type}`), n }),
      suppliedBy: a('annex.suppliedBy'),
      coveredLayers: a('annex.covers'),
      noLayers: a('annex.noLayer'),
    },
    matrix: {
      heading: a('annex.matrix'),
      layerColumn: t('matrix.layerColumn'),
      empty: a('annex.emptyCell'),
      serviceItself: (service) => t('matrix.serviceItself', { service }),
      legendHeading: a('annex.legend'),
      dutyMeaning: (duty) => t(duty === 'owner' ? 'matrix.legendOwner' : 'matrix.legendSupporter'),
      legendOverridden: a('annex.legendOverridden'),
      legendDerived: a('annex.legendDerived'),
      overriddenShort: a('annex.deviationShort'),
      derivedShort: a('annex.derivedShort'),
    },
    deviations: {
      heading: a('annex.deviations'),
      none: a('annex.noDeviations'),
      cell: a('annex.cell'),
      baseline: a('annex.baseline'),
      agreed: a('annex.agreed'),
      reason: a('annex.reason'),
      noReason: a('annex.noReason'),
    },
    raci: {
      heading: p('print.raci.heading'),
      intro: p('print.raci.intro'),
      ownerNote: p('print.raci.ownerNote'),
      derivedNote: p('print.raci.derivedNote'),
      caption: (party, engagement) => p('print.raci.caption', { party, engagement }),
      duty: p('print.raci.duty'),
      check: p('print.raci.check'),
      empty: p('print.raci.empty'),
      none: p('print.raci.none'),
      letter: (letter) => p(`print.raci.letter.${letter}`),
      state: (state) => p(`print.raci.state.${state}`),
      kind: (kind) => p(`print.raci.kind.${kind}`),
    },
    gaps: {
      heading: a('annex.gaps'),
      intro: a('annex.gapsIntro'),
      describe: (gap, workspace) => describeContractGap(gap, workspace, t, f),
    },
    checks: {
      heading: a('annex.checks'),
      allPass: a('annex.allPass'),
      principlePasses: a('annex.passes'),
      counts: (errors, warnings) =>
        [count('annex.errors', errors), count('annex.warnings', warnings)]
          .filter(Boolean)
          .join(t('list.separator')),
    },
    basis: {
      heading: a('annex.basis'),
      intro: a('annex.basisIntro'),
      report: (section) => a('annex.basisReport', { section }),
      derived: (section) => a('annex.basisDerived', { section }),
      scopeDerived: (section) => a('annex.basisScopeDerived', { section }),
      override: a('annex.basisOverride'),
      everyLayer: a('annex.everyLayer'),
      derivedRulesHeading: a('annex.derivedRules'),
      derivedRule: (rule) => a(`annex.rule.${rule}`),
      referencesHeading: a('annex.references'),
      references: CITED_REFERENCES.map((reference) => CITED_REFERENCE_TEXTS[language][reference]),
    },
    signatures: {
      heading: a('annex.signatures'),
      signature: a('annex.signature'),
      date: a('annex.signatureDate'),
    },
    crosswalk: {
      heading: c('crosswalk.column'),
      rule: (owners, row) =>
        a('annex.crosswalkRule', {
          owners,
          ccm: `${row.ccm}${row.thirdPartySupport ? a('annex.aside', { text: c('crosswalk.thirdPartySupport') }) : ''}`,
          fedramp: row.fedramp,
          shared: row.shared,
        }),
      note: `${c('crosswalk.derivedNote')} ${c('crosswalk.ccmNote')}`,
    },
    informationPlan: {
      heading: p('print.plan.heading'),
      intro: p('print.plan.intro'),
      none: p('print.plan.none'),
      pair: (from, to) => p('print.plan.pair', { from, to }),
      category: (channel) => describeChannelCategory(channel, t),
      categoryColumn: p('print.plan.category'),
      what: p('print.plan.what'),
      trigger: p('print.plan.trigger'),
      timeliness: p('print.plan.timeliness'),
      medium: p('print.plan.medium'),
      joint: {
        heading: p('print.plan.joint.heading'),
        intro: p('print.plan.joint.intro'),
        engagement: p('print.plan.joint.engagement'),
        notification: p('print.plan.joint.notification'),
        timeliness: p('print.plan.joint.timeliness'),
        coordinator: p('print.plan.joint.coordinator'),
        none: p('print.plan.joint.none'),
      },
    },
    agreement,
  };
}
