import { MAX_SECURITY_SERVICES_PER_ENGAGEMENT } from '@/model/workspace';

/**
 * Caps on a saved workspace. They are far above what a team writes by hand, and keep a hostile or
 * corrupt file from exhausting memory or flooding the screen with issues.
 */
export const LIMITS = {
  idLength: 200,
  nameLength: 200,
  textLength: 5000,
  parties: 1_000,
  engagements: 500,
  securityServicesPerEngagement: MAX_SECURITY_SERVICES_PER_ENGAGEMENT,
  overrides: 100_000,
  assignmentsPerCell: 50,
  channels: 10_000,
  /** One per engagement at most. */
  jointResponses: 500,
  departments: 1_000,
  raci: 100_000,
  /** Issues listed for one document; past it, listing stops with one `too-many-issues` issue. */
  issues: 1_000,
  /** Characters of a received value quoted back in an issue. */
  receivedLength: 100,
} as const;
