/**
 * The laws, the white paper and the standards the report cites as its background (§1.1, domain §8),
 * in the report's order. The app names them and gives the report's reason for each; it holds none of
 * their texts.
 */
export const CITED_REFERENCES = [
  'cybersecurityLaw',
  'dataSecurityLaw',
  'communityWhitePaper',
  'ydt4060',
  'gbt31168',
] as const;

/** One cited law, white paper or standard. */
export type CitedReference = (typeof CITED_REFERENCES)[number];
