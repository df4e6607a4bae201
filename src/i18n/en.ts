import { catalogueEn } from './catalogue-en';
import { persistenceEn } from './persistence-en';

/** English texts: the source of every message key. */
export const en = {
  ...catalogueEn,
  ...persistenceEn,
  'app.title': 'Shared Responsibility Workbench',
  'app.subtitle':
    'Who owns which part of cloud security, after the 2024 shared-responsibility model (2.0 system)',
  'app.skipToMatrix': 'Skip to the matrix',
  'app.skipToView': 'Skip to the view',
  'language.label': 'Language',
  'nav.label': 'Views',
  'nav.matrix': 'Matrix',
  'nav.parties': 'Parties and engagements',
  'nav.combined': 'All engagements',
  'nav.party': 'What each party owes',
  'nav.plan': 'Information sharing',
  'nav.departments': 'Departments (RACI)',
  'nav.compare': 'Compare',
  'nav.agreement': 'Agreement',
  'shell.label': 'Actions',
  'shell.workspace': 'Workspace',
  'shell.workspaces': 'Workspaces',
  'shell.templates': 'Templates',
  'shell.contract': 'Contract details',
  'shell.export': 'Export and share',
  'shell.close': 'Close',
  'shell.offer': 'A new workspace: start from one of the report’s typical scenarios?',
  'shell.offerChoose': 'Choose a template',
  'workbench.views': 'Ways to read the responsibilities',
  'workbench.tab.table': 'Matrix',
  'workbench.tab.picture': 'Layer picture',
  'workbench.tab.shift': 'How it shifts',
  'workbench.detail': 'Selected cell',
  'view.loading': 'Loading…',
  'history.label': 'Edit history',
  'history.undo': 'Undo',
  'history.redo': 'Redo',
  'notice.ignoredParam':
    'The address asked for {param}={value}, which the workbench does not know; it shows the default instead.',
  'notice.dismiss': 'Dismiss',
  'list.separator': ', ',
  // Between clauses or texts that may hold commas themselves.
  'list.clauseSeparator': '; ',
  'party.fallback': 'Party “{id}”',
  'engagement.unnamed': 'Engagement {number}: {serviceType}, {mode}',
  'scenario.engagement': 'Engagement',
  'scenario.heading': 'Scenario',
  'scenario.serviceType': 'Service type',
  'scenario.deliveryMode': 'Delivery mode',
  'scenario.typicalCases': 'e.g. {cases}',
  'scenario.serviceTypeHint': 'Resource services: choose the one the engagement buys.',
  'scenario.securityServiceHint':
    'Bought from a security vendor to help the customer protect what it owns; it does not move accountability.',
  'scenario.opsServiceHint':
    'Bought from the provider to monitor, maintain and run what the customer uses; it does not move accountability.',
  'scenario.opsServiceUnavailable':
    'Not offered in software delivery: buying operations makes it software delivery + managed operations.',
  'scenario.coverage': 'Layers the {service} covers',
  'scenario.notSupportedHere': 'no support in this mode',
  'scenario.coverageDefault': 'Default coverage for this scenario.',
  'scenario.coverageCustom': 'Coverage chosen for this contract.',
  'scenario.coverageReset': 'Back to the default',
  'matrix.crosswalkToggle': 'Show CCM, FedRAMP and provider terms',
  'matrix.heading': 'Responsibility matrix',
  'matrix.caption': 'Who owns what: {serviceType} in {mode}',
  'matrix.layerColumn': 'Asset layer',
  'matrix.vendorHidden':
    'No cloud security vendor is engaged, so its column (all “No duty”) is hidden. Switch on a security service in the scenario to show it.',
  'matrix.empty': 'No duty',
  'matrix.legend': 'Legend',
  'matrix.legendOwner': 'carries the duty',
  'matrix.legendSupporter': 'helps the owner carry it, under contract',
  'matrix.basisReport': 'Report {section}',
  'matrix.basisDerived': 'Derived from {section}',
  'matrix.basisScopeDerived': '; scope derived from {section}',
  'matrix.basisOverride': 'Changed for the contract',
  'matrix.cellLabel': '{role}, {row}',
  'matrix.changed': 'Changed',
  'matrix.serviceItself': '{service} itself',
  'matrix.serviceItselfHint': 'quality and security of the service',
  'matrix.toolbar': 'Matrix actions',
  'matrix.noChanges': 'Baseline, no changes',
  'matrix.changedCount': '{count} cell(s) changed from the baseline',
  'matrix.resetAll': 'Reset all to baseline',
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;

/** A full dictionary: every language must have every key (a missing key is a type error). */
export type Messages = Record<MessageKey, string>;
