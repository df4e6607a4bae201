import { describe, expect, it } from 'vitest';
import {
  buildEngagement,
  buildOperationsService,
  buildSecurityService,
} from '../../tests/support/test-builders';
import { deriveMatrix } from './derive-matrix';
import { inReadingOrder } from './reading-order';

describe('inReadingOrder', () => {
  it('puts business data on top, the facility at the bottom of the layers, then assurance rows', () => {
    const engagement = {
      ...buildEngagement({ mode: 'managedDelivery' }),
      securityServices: [buildSecurityService({ id: 's1' })],
      operationsService: buildOperationsService({ id: 'ops1' }),
    };
    expect(inReadingOrder(deriveMatrix(engagement, []).rows).map((r) => r.id)).toEqual([
      'businessData',
      'applicationSoftware',
      'platformSoftware',
      'virtualization',
      'facility',
      'securityService:s1',
      'opsService:ops1',
    ]);
  });
});
