/** English texts of the per-party view and its CSV and PDF lists: loaded with that view. */
export const partyDutiesEn = {
  'party.intro':
    'Every duty one party carries across all engagements of this workspace, with the reason for each: the list that party signs.',
  'party.pick': 'Party',
  'party.noParties':
    'This workspace names no parties yet. Name them in the “Parties and engagements” view and choose them as customer, provider or supplier of an engagement; their duties then appear here.',
  'party.openParties': 'Go to “Parties and engagements”',
  'party.nothing':
    '{party} carries no duty in any engagement. A party carries duties only where an engagement names it as customer, provider, or supplier of a security or operations service.',
  'party.summary':
    '{owner} duties as owner, {supporter} as supporter, across {engagements} engagement(s).',
  'party.actsAs': 'Acts here as: {roles}',
  'party.caption': 'Duties of {party} in {engagement}',
  'party.scenario': '{serviceType}, {mode}',
  'party.col.row': 'Layer or service',
  'party.col.role': 'Role',
  'party.col.duty': 'Duty',
  'party.col.scope': 'Scope',
  'party.col.via': 'Carried by',
  'party.col.basis': 'Basis',
  'party.col.reason': 'Reason',
  'party.col.open': 'Matrix',
  'party.viaNone': '—',
  'party.serviceN': '{service} {n}',
  'party.basisReport': 'Report {section}',
  'party.basisDerived': 'Derived from {section}',
  'party.basisScopeDerived': '; scope derived from {section}',
  'party.legend':
    'A basis “Derived from” rests on this workbench’s reading of the report, not on its text. ✎ marks a cell changed for the contract; its reason is the contract’s.',
  'party.basisOverride': 'Set for the contract',
  'party.changed': 'Changed for the contract',
  'party.noReason': 'No reason given yet.',
  'party.baselineWas': 'Baseline: {duties}',
  'party.baselineNone': 'Baseline: no duty',
  'party.reason.providerRunsUnder':
    'In cloud-service mode the provider controls the resources under the service, so it owns this layer whole.',
  'party.reason.customerRunsUnder':
    'In this mode the customer runs the software on its own resources, so it owns this layer whole.',
  'party.reason.deliversService':
    'The provider answers for the security of the service or software it delivers at this layer.',
  'party.reason.usesService':
    'The customer answers for configuring, using and running this layer securely.',
  'party.reason.ownsOnService':
    'Above the service, the applications and data are the customer’s own.',
  'party.reason.securitySupport':
    'A security service bought for this layer helps the customer carry its duty; accountability does not move.',
  'party.reason.opsSupport':
    'An operations service bought for this layer helps run it; accountability does not move.',
  'party.reason.assuranceService':
    'The supplier of an assurance service answers for its quality and for the security of the service itself.',
  'party.open': 'Open',
  'party.openLabel': 'Open in matrix: {engagement}, {role}, {row}',
  'party.csv': 'Download list (CSV)',
  'party.pdf': 'Download list (PDF)',
  'party.csvDone': 'The CSV list was saved.',
  'party.csvFailed': 'The CSV could not be made: {why}',
  'party.pdfWorking': 'Preparing the PDF…',
  'party.pdfDone': 'The PDF list was saved ({pages} pages).',
  'party.pdfMissing':
    'These characters cannot be shown by any font the PDF can embed, and would be lost: {chars}. Change them, or save anyway.',
  'party.saveAnyway': 'Save anyway',
  'party.pdfFailed': 'The PDF could not be made: {why}',
  'party.fileKind': 'duties-of-{party}',
  'party.csvHead.party': 'Party',
  'party.csvHead.engagement': 'Engagement',
  'party.csvHead.row': 'Layer or service',
  'party.csvHead.role': 'Role',
  'party.csvHead.duty': 'Duty',
  'party.csvHead.scope': 'Scope',
  'party.csvHead.via': 'Carried by',
  'party.csvHead.basis': 'Basis',
  'party.csvHead.changed': 'Changed for the contract',
  'party.csvHead.reason': 'Reason',
  'party.yes': 'yes',
  'party.no': 'no',
  'party.pdfTitle': 'Duties of {party}',
  'party.pdfSubtitle': 'Shared responsibility: what one party owes',
  'party.pdfContract': 'Contract',
  'party.pdfContractTitle': 'Title',
  'party.pdfVersion': 'Version',
  'party.pdfDate': 'Date',
  'party.pdfNotSet': 'not set',
  'party.pdfPageOf': 'Page {page} of {count}',
  'party.pdfEngagement': 'Engagement {number}: {name}',
  'party.pdfLegend':
    '■ owner, □ supporter. † rests on our reading of the report, not its text. * changed for the contract.',
  'party.pdfSignature': 'Signed for {party}',
  'party.pdfSignName': 'Name',
  'party.pdfSignSignature': 'Signature',
  'party.pdfSignDate': 'Date',
} as const;
