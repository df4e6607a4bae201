/** English texts of the printed contract annex (what the browser prints). */
export const printEn = {
  'print.annexTitle': 'Shared responsibility annex',
  'print.header': '{title} · version {version}',
  'print.pageOf': 'Page {page} of {pages}',
  // Inside the customer: departments (RACI), shared by the printed and the PDF annex.
  'print.raci.heading': 'Inside the customer: departments (RACI)',
  'print.raci.intro':
    'How each customer splits its duties across its own departments: R does the work, A answers for it (exactly one department per duty), C is consulted, I is informed.',
  'print.raci.ownerNote':
    '“Owner” in the matrix names the party that carries a duty; “Accountable” here names the customer’s own department that answers for it.',
  'print.raci.derivedNote':
    'Derived: the report names this need (§1.3) but no RACI; the one-Accountable rule is this tool’s check.',
  'print.raci.caption': 'Duties of {party} in {engagement}, by department',
  'print.raci.duty': 'Customer duty',
  'print.raci.check': 'Check',
  'print.raci.empty': '—',
  'print.raci.none': 'No engagement names a customer with departments.',
  'print.raci.letter.responsible': 'Responsible',
  'print.raci.letter.accountable': 'Accountable',
  'print.raci.letter.consulted': 'Consulted',
  'print.raci.letter.informed': 'Informed',
  'print.raci.state.agreed': 'one accountable department',
  'print.raci.state.noAccountable': 'no accountable department',
  'print.raci.state.severalAccountable': 'several accountable departments',
  'print.raci.state.withoutDuty': 'no customer duty here any more',
  'print.raci.kind.security': 'Security',
  'print.raci.kind.development': 'Development',
  'print.raci.kind.business': 'Business',
  'print.raci.kind.operations': 'Operations',
  'print.raci.kind.custom': 'Other',
  // The information-sharing plan (key link 3, §2.4).
  'print.plan.heading': 'Information-sharing plan',
  'print.plan.intro':
    'Who passes which security information to whom, when, how fast and through what (key link 3, §2.4): asset facts and their changes, key activities, and important external intelligence.',
  'print.plan.none': 'No information channels are agreed yet.',
  'print.plan.pair': '{from} → {to}',
  'print.plan.caption': 'Information channels from {from} to {to}',
  'print.plan.category': 'Category',
  'print.plan.what': 'What is passed on',
  'print.plan.trigger': 'Trigger',
  'print.plan.timeliness': 'How fast',
  'print.plan.medium': 'Medium',
  'print.plan.joint.heading': 'Joint response to security incidents',
  'print.plan.joint.intro':
    'Per engagement with a provider and a security vendor: on a security incident, who notifies whom, within what time, and who coordinates (§1.2 joint handling of incidents; §2.2 joint response mechanism).',
  'print.plan.joint.caption': 'Joint response per engagement',
  'print.plan.joint.engagement': 'Engagement',
  'print.plan.joint.notification': 'Who notifies whom',
  'print.plan.joint.timeliness': 'Within what time',
  'print.plan.joint.coordinator': 'Who coordinates',
  'print.plan.joint.none': 'None agreed.',
} as const;
