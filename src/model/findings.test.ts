import { describe, expect, it } from 'vitest';
import { FINDING_CODES, FINDING_RULES, makeFinding } from './findings';

describe('FINDING_RULES', () => {
  it.each([
    { code: 'layer-uncovered', principle: 'sharedPurpose', severity: 'error' },
    { code: 'data-not-customer', principle: 'reasonableResponsibility', severity: 'error' },
    { code: 'facility-not-provider', principle: 'reasonableResponsibility', severity: 'warning' },
    { code: 'supporter-without-service', principle: 'maximisedStrengths', severity: 'error' },
    {
      code: 'supporter-outside-customer-duty',
      principle: 'maximisedStrengths',
      severity: 'warning',
    },
    { code: 'override-without-reason', principle: 'reasonableResponsibility', severity: 'warning' },
    { code: 'no-information-channel', principle: 'transparentCollaboration', severity: 'warning' },
    { code: 'raci-no-accountable', principle: 'reasonableResponsibility', severity: 'warning' },
    { code: 'raci-several-accountable', principle: 'reasonableResponsibility', severity: 'error' },
    { code: 'raci-without-duty', principle: 'reasonableResponsibility', severity: 'warning' },
  ] as const)('files $code under $principle as $severity (domain §4, §6)', ({ code, ...rule }) => {
    expect(FINDING_RULES[code]).toEqual(rule);
  });

  it('knows exactly the nine codes of domain §4 and the three RACI codes of §6', () => {
    expect(Object.keys(FINDING_RULES)).toEqual([...FINDING_CODES]);
    expect(FINDING_CODES).toHaveLength(12);
  });
});

describe('makeFinding', () => {
  it('fills in the principle and severity of the code at the location', () => {
    expect(makeFinding('no-information-channel', { engagementId: 'e', partyId: 'p' })).toEqual({
      code: 'no-information-channel',
      principle: 'transparentCollaboration',
      severity: 'warning',
      engagementId: 'e',
      partyId: 'p',
    });
  });
});
