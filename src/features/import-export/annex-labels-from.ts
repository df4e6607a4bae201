import type { AnnexLabels } from '@/export/annex/annex-labels';
import { CITED_REFERENCE_TEXTS } from '@/i18n/cited-references';
import { describeChannelCategory } from '@/i18n/describe-channel-category';
import { describeContractGap } from '@/i18n/describe-contract-gap';
import type { Language } from '@/i18n/languages';
import type { Translate } from '@/i18n/translate';
import { CITED_REFERENCES } from '@/model/cited-references';
import { agreementLabelsFrom } from './annex-agreement-labels';

/** The areas the annex's words come from: the PDF, the workbook and the print view load these. */
export const ANNEX_AREAS = [
  'annex',
  'print',
  'crosswalk',
  'files',
  'agreement',
  'findings',
] as const;

/** A translate function over the main dictionary and the annex's areas. */
export type AnnexTranslate = Translate<(typeof ANNEX_AREAS)[number]>;

/**
 * The PDF annex's labels in the user's language: domain terms from the app's dictionary, the rest
 * from the annex's area; the sections the printed annex also has (information plan, RACI) take the
 * print area's words. Pure, so the PDF (loadTranslate) and the print view (useT) make the same.
 */
export function annexLabelsFrom(t: AnnexTranslate, language: Language): AnnexLabels {
  const count = (key: 'annex.errors' | 'annex.warnings', n: number) => (n > 0 ? t(key, { n }) : '');
  return {
    document: {
      title: t('annex.title'),
      pageOf: (page, total) => t('annex.pageOf', { page, count: total }),
      listSeparator: t('list.separator'),
      partSeparator: t('annex.partSeparator'),
      notSet: t('annex.notSet'),
      field: (label, value) => t('annex.field', { label, value }),
      aside: (text) => t('annex.aside', { text }),
    },
    contract: {
      heading: t('annex.contract'),
      title: t('annex.contractTitle'),
      version: t('annex.version'),
      date: t('annex.date'),
      notes: t('annex.notes'),
    },
    parties: {
      heading: t('annex.parties'),
      name: t('annex.partyName'),
      roles: t('annex.partyRoles'),
      none: t('annex.noParties'),
      unknown: (id) => t('annex.unknownParty', { id }),
      unassigned: t('annex.unassigned'),
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
        name ? t('annex.engagementNamed', { number, name }) : t('annex.engagement', { number }),
      scenario: t('annex.scenario'),
      resourceService: t('annex.resourceService'),
      deliveryMode: t('annex.deliveryMode'),
      typicalCases: (cases) => t('scenario.typicalCases', { cases }),
      assuranceServices: t('annex.assuranceServices'),
      noAssuranceServices: t('annex.none'),
      assuranceService: (type, n) =>
        n === undefined
          ? t(`serviceType.${type}`)
          : t('annex.securityServiceN', { service: t(`serviceType.${type}`), n }),
      suppliedBy: t('annex.suppliedBy'),
      coveredLayers: t('annex.covers'),
      noLayers: t('annex.noLayer'),
    },
    matrix: {
      heading: t('annex.matrix'),
      layerColumn: t('matrix.layerColumn'),
      empty: t('annex.emptyCell'),
      serviceItself: (service) => t('matrix.serviceItself', { service }),
      legendHeading: t('annex.legend'),
      dutyMeaning: (duty) => t(duty === 'owner' ? 'matrix.legendOwner' : 'matrix.legendSupporter'),
      legendOverridden: t('annex.legendOverridden'),
      legendDerived: t('annex.legendDerived'),
      overriddenShort: t('annex.deviationShort'),
      derivedShort: t('annex.derivedShort'),
    },
    deviations: {
      heading: t('annex.deviations'),
      none: t('annex.noDeviations'),
      cell: t('annex.cell'),
      baseline: t('annex.baseline'),
      agreed: t('annex.agreed'),
      reason: t('annex.reason'),
      noReason: t('annex.noReason'),
    },
    raci: {
      heading: t('print.raci.heading'),
      intro: t('print.raci.intro'),
      ownerNote: t('print.raci.ownerNote'),
      derivedNote: t('print.raci.derivedNote'),
      caption: (party, engagement) => t('print.raci.caption', { party, engagement }),
      duty: t('print.raci.duty'),
      check: t('print.raci.check'),
      empty: t('print.raci.empty'),
      none: t('print.raci.none'),
      letter: (letter) => t(`print.raci.letter.${letter}`),
      state: (state) => t(`print.raci.state.${state}`),
      kind: (kind) => t(`print.raci.kind.${kind}`),
    },
    gaps: {
      heading: t('annex.gaps'),
      intro: t('annex.gapsIntro'),
      describe: (gap, workspace) => describeContractGap(gap, workspace, t, t),
    },
    checks: {
      heading: t('annex.checks'),
      allPass: t('annex.allPass'),
      principlePasses: t('annex.passes'),
      counts: (errors, warnings) =>
        [count('annex.errors', errors), count('annex.warnings', warnings)]
          .filter(Boolean)
          .join(t('list.separator')),
    },
    basis: {
      heading: t('annex.basis'),
      intro: t('annex.basisIntro'),
      report: (section) => t('annex.basisReport', { section }),
      derived: (section) => t('annex.basisDerived', { section }),
      scopeDerived: (section) => t('annex.basisScopeDerived', { section }),
      override: t('annex.basisOverride'),
      everyLayer: t('annex.everyLayer'),
      derivedRulesHeading: t('annex.derivedRules'),
      derivedRule: (rule) => t(`annex.rule.${rule}`),
      referencesHeading: t('annex.references'),
      references: CITED_REFERENCES.map((reference) => CITED_REFERENCE_TEXTS[language][reference]),
    },
    signatures: {
      heading: t('annex.signatures'),
      signature: t('annex.signature'),
      date: t('annex.signatureDate'),
    },
    crosswalk: {
      heading: t('crosswalk.column'),
      rule: (owners, row) =>
        t('annex.crosswalkRule', {
          owners,
          ccm: `${row.ccm}${row.thirdPartySupport ? t('annex.aside', { text: t('crosswalk.thirdPartySupport') }) : ''}`,
          fedramp: row.fedramp,
          shared: row.shared,
        }),
      note: `${t('crosswalk.derivedNote')} ${t('crosswalk.ccmNote')}`,
    },
    informationPlan: {
      heading: t('print.plan.heading'),
      intro: t('print.plan.intro'),
      none: t('print.plan.none'),
      pair: (from, to) => t('print.plan.pair', { from, to }),
      category: (channel) => describeChannelCategory(channel, t),
      categoryColumn: t('print.plan.category'),
      what: t('print.plan.what'),
      trigger: t('print.plan.trigger'),
      timeliness: t('print.plan.timeliness'),
      medium: t('print.plan.medium'),
      joint: {
        heading: t('print.plan.joint.heading'),
        intro: t('print.plan.joint.intro'),
        engagement: t('print.plan.joint.engagement'),
        notification: t('print.plan.joint.notification'),
        timeliness: t('print.plan.joint.timeliness'),
        coordinator: t('print.plan.joint.coordinator'),
        none: t('print.plan.joint.none'),
      },
    },
    agreement: agreementLabelsFrom(t),
  };
}
