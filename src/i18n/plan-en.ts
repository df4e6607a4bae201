/** English texts of the information-sharing plan view: loaded with that view. */
export const planEn = {
  'plan.intro':
    'Key link 3 of the model (§2.4): the parties pass each other security information in three categories, namely asset facts and their changes, key activities, and important external intelligence. One row per pair of parties and category: what is passed on, what makes it due, how fast, and through what.',
  'plan.derived':
    'Derived: the suggestions are prefilled from the report’s §2.4 link 3 and §1.2; triggers, deadlines and media are this workbench’s suggestion. Change them to what the contract says.',
  'plan.noParties':
    'No parties are named yet. Parties come first: name the customer, the provider and the security vendors of each engagement in the Parties and engagements view, and the plan suggests who passes what to whom.',
  'plan.noPairs':
    'No engagement names its customer together with a provider or a security vendor yet, so there is nothing to suggest. Name them in the Parties and engagements view, or add a channel below.',
  'plan.openParties': 'Open Parties and engagements',
  'plan.findings.headingPass': 'Channels to the customer: all in place',
  'plan.findings.heading': 'Parties without a channel to the customer',
  'plan.findings.none':
    'Every party that owns or supports something has a channel to the customer it serves.',
  'plan.finding':
    '{party} owns or supports something in {engagement} but passes no security information to the customer, {customer}.',
  'plan.finding.add': 'Add channels from {party} to {customer}',
  'plan.addedFor': 'Added {count} channel(s) from {party} to {customer}. Undo removes them.',
  'plan.fill': 'Fill in suggested channels',
  'plan.filled': 'Added {count} suggested channel(s). Undo removes them.',
  'plan.nothingMissing':
    'No suggested channel was missing: every suggestion already has a channel.',
  'plan.csv': 'Download plan (CSV)',
  'plan.csvKind': 'information-sharing-plan',
  'plan.pairHeading': '{from} → {to}',
  'plan.partyWithRoles': '{name} ({roles})',
  'plan.textSeparator': '; ',
  'plan.caption': 'Channels from {from} to {to}',
  'plan.column.category': 'Category',
  'plan.column.what': 'What is passed on',
  'plan.column.trigger': 'Trigger',
  'plan.column.timeliness': 'How fast',
  'plan.column.medium': 'Medium',
  'plan.column.actions': 'Actions',
  'plan.fieldLabel': '{field}, {category}, {from} → {to}',
  'plan.remove': 'Remove',
  'plan.removeLabel': 'Remove the channel “{category}”, {from} → {to}',
  'plan.removed': 'Channel removed. Undo restores it.',
  'plan.noChannel': 'No channel yet.',
  'plan.noSuggestion': 'No channel yet; the plan suggests none here.',
  'plan.addHere': 'Add',
  'plan.addHereLabel': 'Add a channel “{category}”, {from} → {to}',
  'plan.add.heading': 'Add a channel',
  'plan.add.from': 'From',
  'plan.add.to': 'To',
  'plan.add.category': 'Category',
  'plan.add.submit': 'Add channel',
  'plan.add.sameParty': 'A party needs no channel to itself: choose two different parties.',
  'plan.added': 'Added a channel from {from} to {to}.',
  'plan.addedSuggested': 'Added a channel from {from} to {to}, prefilled from the suggestions.',
} as const;
