/** English texts of the combined view of all engagements: loaded with that view. */
export const combinedEn = {
  'combined.intro':
    'Every engagement’s matrix, one table each. Narrow the rows with the filters; choose a cell to open it in its engagement’s matrix. In a table, the arrow keys move between cells.',
  'combined.filters': 'Filters',
  'combined.party': 'Party',
  'combined.anyParty': 'Any party',
  'combined.role': 'Role',
  'combined.anyRole': 'Any role',
  'combined.roleHint':
    'Shows the rows where this role has a duty; the other filters then look at this role’s cells only.',
  'combined.layer': 'Asset layer',
  'combined.anyLayer': 'All layers',
  'combined.overriddenOnly': 'Only cells changed from the baseline',
  'combined.findingsOnly': 'Only cells with findings',
  'combined.clear': 'Clear filters',
  'combined.count':
    'Showing {shown} of {total} rows, in {engagements} of {allEngagements} engagements.',
  'combined.noMatch': 'No row matches these filters.',
  'combined.noEngagements': 'This workspace has no engagements yet.',
  'combined.cellLabel': '{engagement}: {role}, {row}. Open in the matrix',
  'combined.carriedBy': 'by {party}',
  'combined.finding': '{severity}: {finding}',
  'combined.rendering': 'Showing the first {shown} of {total} engagements; the rest follow.',
} as const;
