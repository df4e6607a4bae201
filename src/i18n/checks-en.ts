/** English texts of the checks area. */
export const checksEn = {
  'checks.heading': 'Checks',
  'checks.intro': 'The matrix is checked against the four principles as you edit it.',
  'checks.summaryAllPass': 'All four principles pass: no errors, no warnings.',
  'checks.summaryIssues': 'Found {counts}, affecting {principles} of 4 principles.',
  'checks.statusPassed': 'Passed',
  'checks.errorsOne': '1 error',
  'checks.errorsOther': '{count} errors',
  'checks.warningsOne': '1 warning',
  'checks.warningsOther': '{count} warnings',
  'checks.countsJoin': '{errors}, {warnings}',
  'checks.nothingToFix': 'Nothing to fix under this principle.',
  'checks.showAll': 'Show all {count} findings',
  'checks.showFewer': 'Show the first {count} only',
  'checks.showCellHint': 'Opens the cell in the matrix.',
  'checks.inEngagement': '{engagement}: {detail}',
  'checks.unnamedEngagement': 'Engagement {number}',
  'checks.assuranceRow': '{service} itself',
  'checks.detail.layer-uncovered':
    '{row}: no role owns the whole layer, and the service itself and its secure use are not both owned.',
  'checks.detail.data-not-customer':
    '{row} has no owner in the {customer} column. The customer always answers for its business data.',
  'checks.detail.facility-not-provider':
    '{row}: in cloud-service mode the {provider} alone should own the physical facility.',
  'checks.detail.supporter-without-service':
    '{row}, {role} column: the supporter names no assurance service, or its service does not cover this layer.',
  'checks.detail.supporter-outside-customer-duty':
    '{row}: a supporter helps here, but the customer owns nothing on this layer to be helped with.',
  'checks.detail.override-without-reason':
    '{row}, {role} column: the cell differs from the baseline and no reason is recorded.',
  'checks.detail.no-information-channel':
    '{party} owns or supports something but has no channel that passes security information to the customer.',
  'checks.detail.managed-without-operations':
    'The managed mode is the purchase of the operations service (§2.3.2); without it the matrix is that of software delivery under another name.',
  'checks.detail.no-joint-response':
    'The engagement has a provider and a security vendor, but the plan does not say who notifies whom on a security incident, how fast, and who coordinates (§1.2, §2.2).',
  'checks.fix.restoreOperations': 'Add the operations service back',
  'checks.fix.switchToSoftwareDelivery': 'Switch to cloud software delivery',
  'checks.fix.addJointResponse': 'Add a joint response',
  'checks.fix.done': 'Done. Undo reverses it.',
  'checks.goto.channel': 'Add the channel in Information sharing',
  'checks.goto.jointResponse': 'Go to the joint response in Information sharing',
  'checks.goto.raci': 'Go to the row in Departments (RACI)',
  'checks.goto.operations': 'Go to the operations service in Parties and engagements',
  'checks.goto.services': 'Add a cloud security service in Parties and engagements',
  'checks.detail.raci-no-accountable': '{row}: no department of {party} is Accountable (A).',
  'checks.detail.raci-several-accountable':
    '{row}: several departments of {party} are Accountable (A); keep one.',
  'checks.detail.raci-without-duty':
    '{row}: {party} has no duty here, yet its departments have RACI letters.',
} as const;
