// Labels for the annex tests in English, worded as the app's i18n texts word the domain.
import type { Duty } from '@/model/assignment';
import type { AnnexLabels, DerivedRule } from './annex-labels';

const catalogue: Record<string, string> = {
  customer: 'Cloud service customer',
  provider: 'Cloud service provider',
  securityVendor: 'Cloud security vendor',
  iaas: 'Infrastructure capability service (IaaS)',
  paas: 'Platform capability service (PaaS)',
  saas: 'Application capability service (SaaS)',
  securityService: 'Cloud security service',
  opsService: 'Cloud operations service',
  cloudService: 'Cloud service',
  softwareDelivery: 'Cloud software delivery',
  managedDelivery: 'Software delivery + managed operations',
  publicCloud: 'public cloud',
  dedicatedCloud: 'dedicated cloud',
  privateCloud: 'private cloud',
  governmentCloud: 'government cloud',
  facility: 'Data-centre facility',
  virtualization: 'Virtualised infrastructure',
  platformSoftware: 'Platform software',
  applicationSoftware: 'Application software',
  businessData: 'Business data',
  under: 'under the service',
  boundary: 'the layer the service delivers',
  on: 'on the service',
  sharedPurpose: 'Shared purpose',
  reasonableResponsibility: 'Reasonable responsibility',
  maximisedStrengths: 'Maximised strengths',
  transparentCollaboration: 'Transparent collaboration',
  owner: 'Owner',
  supporter: 'Supporter',
  whole: 'whole layer',
  service: 'the service itself',
  use: 'secure use',
  error: 'Error',
  warning: 'Warning',
  'layer-uncovered': 'Layer has no complete owner',
  'data-not-customer': 'Business data is not owned by the customer',
  'facility-not-provider': 'Facility is not owned by the provider in cloud-service mode',
  'supporter-without-service': 'Supporter without an assurance service in scope',
  'supporter-outside-customer-duty': 'Supporter on a layer where the customer owns nothing',
  'override-without-reason': 'Change from the baseline without a reason',
  'no-information-channel': 'Party has no information channel to the customer',
  'raci-no-accountable': 'Customer duty without an accountable department',
  'raci-several-accountable': 'Customer duty with several accountable departments',
  'raci-without-duty': 'RACI letters where the customer has no duty',
};

const rules: Record<DerivedRule, string> = {
  assuranceRows:
    'When an assurance service is bought, its supplier owns the quality and security of the service itself (after §2.4, link 2).',
  supporterScope: 'A supporter’s scope is the customer’s own on that layer (after §2.3.1).',
  operationsSupportInCloudService:
    'In cloud-service mode the operations service supports the delivered layer (after §2.3.1).',
  securityServiceCoverage:
    'A security service covers, by default, every layer the customer owns, the facility included where the customer owns it.',
  operationsServiceCoverage:
    'An operations service covers, by default, the delivered layer in cloud service, and the layers under it as well in managed delivery.',
};

const en = (key: string) => catalogue[key] ?? key;
const letters: Record<Duty, string> = { owner: 'O', supporter: 'S' };

/** The annex labels in English. */
export const annexLabelsEn: AnnexLabels = {
  document: {
    title: 'Shared responsibility annex',
    pageOf: (page, count) => `Page ${page} of ${count}`,
    listSeparator: ', ',
    partSeparator: ', ',
    notSet: 'not set',
    field: (label, value) => `${label}: ${value}`,
    aside: (text) => ` (${text})`,
  },
  contract: {
    heading: 'Contract',
    title: 'Title',
    version: 'Version',
    date: 'Date',
    notes: 'Notes',
  },
  parties: {
    heading: 'Parties',
    name: 'Name',
    roles: 'Roles',
    none: 'No parties are listed yet.',
    unknown: (id) => `party "${id}"`,
    unassigned: 'not named',
  },
  role: en,
  layer: en,
  position: en,
  serviceType: en,
  mode: en,
  typicalCase: en,
  duty: en,
  dutyLetter: (duty) => letters[duty],
  scope: en,
  via: (via) => `via ${en(via).toLowerCase()}`,
  principle: en,
  severity: en,
  finding: en,
  engagement: {
    heading: (number, name) => (name ? `Engagement ${number}: ${name}` : `Engagement ${number}`),
    scenario: 'Scenario',
    resourceService: 'Resource service',
    deliveryMode: 'Delivery mode',
    typicalCases: (cases) => `e.g. ${cases}`,
    assuranceServices: 'Assurance services',
    noAssuranceServices: 'none',
    assuranceService: (type, ordinal) =>
      type === 'opsService' ? en(type) : `${en(type)} ${ordinal}`,
    suppliedBy: 'Supplied by',
    coveredLayers: 'Covers',
    noLayers: 'no layer',
  },
  matrix: {
    heading: 'Responsibility matrix',
    layerColumn: 'Asset layer',
    empty: '—',
    serviceItself: (service) => `${service} itself`,
    legendHeading: 'Legend',
    dutyMeaning: (duty) =>
      duty === 'owner' ? 'carries the duty' : 'helps the owner carry it, under contract',
    legendOverridden: 'differs from the baseline, see "Deviations"',
    legendDerived: 'rests on a derived rule of this tool, see "Basis notes"',
    overriddenShort: 'deviation',
    derivedShort: 'derived rule',
  },
  deviations: {
    heading: 'Deviations from the baseline',
    none: 'As the baseline, no deviations.',
    cell: 'Cell',
    baseline: 'Baseline',
    agreed: 'Agreed',
    reason: 'Reason',
    noReason: '(no reason given)',
  },
  raci: {
    heading: 'Inside the customer: departments (RACI)',
    intro: 'How each customer splits its duties across its own departments.',
    ownerNote: '“Owner” names the party; “Accountable” names the customer’s own department.',
    derivedNote: 'Derived: the one-Accountable rule is this tool’s check.',
    caption: (party, engagement) => `Duties of ${party} in ${engagement}, by department`,
    duty: 'Customer duty',
    check: 'Check',
    empty: '—',
    none: 'No engagement names a customer with departments.',
    letter: (letter) => letter.charAt(0).toUpperCase() + letter.slice(1),
    state: (state) =>
      ({
        agreed: 'one accountable department',
        noAccountable: 'no accountable department',
        severalAccountable: 'several accountable departments',
        withoutDuty: 'no customer duty here any more',
      })[state],
    kind: (kind) => (kind === 'custom' ? 'Other' : kind.charAt(0).toUpperCase() + kind.slice(1)),
  },
  gaps: {
    heading: 'What this annex still lacks',
    intro: 'Settle these before signing:',
    describe: (gap) => gap.code,
  },
  checks: {
    heading: 'Principle checks',
    allPass: 'All four principles pass: no errors, no warnings.',
    principlePasses: 'passes',
    counts: (errors, warnings) =>
      [
        errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '',
        warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(', '),
  },
  basis: {
    heading: 'Basis notes',
    intro:
      'Which report section each cell rests on, and where this tool reads the report where it is silent.',
    report: (section) => `Report ${section}`,
    derived: (section) => `Derived by this tool (after ${section})`,
    scopeDerived: (section) => `; scope derived by this tool (after ${section})`,
    override: 'Agreed in the contract (deviation)',
    everyLayer: 'every asset layer',
    derivedRulesHeading: 'Derived rules',
    derivedRule: (rule) => rules[rule],
    referencesHeading: 'Laws and standards the report cites (§1.1)',
    references: [
      { name: 'Cybersecurity Law of the PRC', reason: 'The minimum set of the provider’s duties.' },
      { name: 'YD/T 4060-2022', reason: 'The public-cloud model between provider and customer.' },
    ],
  },
  signatures: { heading: 'Signatures', signature: 'Signature (and seal)', date: 'Date' },
  crosswalk: {
    heading: 'Other vocabularies (derived)',
    rule: (owners, c) => `${owners}: CCM ${c.ccm}, FedRAMP ${c.fedramp}, ${c.shared}`,
    note: 'Other vocabularies: derived from each row’s owners; CCM’s 3rd-party values mean a provider that outsources.',
  },
  informationPlan: {
    heading: 'Information-sharing plan',
    intro: 'Who passes which security information to whom (key link 3, §2.4).',
    none: 'No information channels are agreed yet.',
    pair: (from, to) => `${from} → ${to}`,
    category: ({ category, categoryName }) =>
      categoryName ??
      {
        assetFacts: 'Asset facts and their changes',
        keyActivities: 'Key activities of each party',
        externalIntelligence: 'Important external intelligence',
        other: 'Other',
      }[category],
    categoryColumn: 'Category',
    what: 'What is passed on',
    trigger: 'Trigger',
    timeliness: 'How fast',
    medium: 'Medium',
    joint: {
      heading: 'Joint response to security incidents',
      intro: 'Who notifies whom on an incident (§1.2).',
      engagement: 'Engagement',
      notification: 'Who notifies whom',
      timeliness: 'Within what time',
      coordinator: 'Who coordinates',
      none: 'None agreed.',
    },
  },
};
