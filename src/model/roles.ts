/** The three roles (主体角色, §2.1) that share responsibility, in the column order of the matrix. */
export const ROLES = ['customer', 'provider', 'securityVendor'] as const;

/** A role a party can hold: cloud service customer, provider or security vendor. */
export type Role = (typeof ROLES)[number];
