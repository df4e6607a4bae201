import { describe, expect, it } from 'vitest';
import { findCellContext } from './cell-context';
import { createEngagement } from './create-workspace';
import { deriveBaseline } from './derive-baseline';

const managedIaas = {
  ...createEngagement('e', '', { resourceService: 'iaas', mode: 'managedDelivery' }),
  securityServices: [{ id: 'sec', vendorPartyId: null, layers: 'default' as const }],
};
const rows = deriveBaseline(managedIaas).rows;
const row = (id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('findCellContext', () => {
  it.each([
    {
      rowId: 'facility',
      role: 'customer',
      principle: 'reasonableResponsibility',
      keyLink: 'platformBuildAndUse',
    },
    {
      rowId: 'facility',
      role: 'provider',
      principle: 'maximisedStrengths',
      keyLink: 'platformBuildAndUse',
    },
    {
      rowId: 'virtualization',
      role: 'provider',
      principle: 'maximisedStrengths',
      keyLink: 'platformBuildAndUse',
    },
    {
      rowId: 'businessData',
      role: 'customer',
      principle: 'reasonableResponsibility',
      keyLink: 'protectionSystem',
    },
    {
      rowId: 'businessData',
      role: 'securityVendor',
      principle: 'maximisedStrengths',
      keyLink: 'protectionSystem',
    },
    {
      rowId: 'businessData',
      role: 'provider',
      principle: 'sharedPurpose',
      keyLink: 'protectionSystem',
    },
    {
      rowId: 'securityService:sec',
      role: 'securityVendor',
      principle: 'reasonableResponsibility',
      keyLink: 'protectionSystem',
    },
    {
      rowId: 'opsService:e-ops',
      role: 'provider',
      principle: 'reasonableResponsibility',
      keyLink: 'platformBuildAndUse',
    },
  ] as const)(
    'puts $role on $rowId under $principle and $keyLink',
    ({ rowId, role, principle, keyLink }) => {
      expect(findCellContext(row(rowId), role)).toEqual({ principle, keyLink });
    },
  );
});
