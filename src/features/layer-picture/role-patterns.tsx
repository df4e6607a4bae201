import { useId } from 'react';
import { ROLES, type Role } from '@/model/roles';

/** A role's pattern, or the warning pattern of a layer nobody owns. */
export type PatternKey = Role | 'none';

/** An id prefix that is safe inside `url(#…)`, unique to one SVG. */
export function useSvgId(): string {
  // React's ids contain characters that need escaping in url() references.
  return `lp${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** The fill that paints a role's pattern, defined by the RolePatternDefs of the same prefix. */
export function patternFill(prefix: string, key: PatternKey): string {
  return `url(#${prefix}-${key})`;
}

// Each role has its own texture so the picture reads in black and white: dots for the customer,
// diagonal stripes for the provider, a grid for the security vendor, cross-hatching for "no owner".
const MARKS: Readonly<Record<PatternKey, string>> = {
  customer: 'M2,2h0.01M6,6h0.01',
  provider: 'M-2,2L2,-2M0,8L8,0M6,10L10,6',
  securityVendor: 'M0,4H8M4,0V8',
  none: 'M0,0L8,8M8,0L0,8',
};

/** The patterns of the three roles and of "no owner", for one SVG. */
export function RolePatternDefs({ prefix }: { readonly prefix: string }) {
  const keys: readonly PatternKey[] = [...ROLES, 'none'];
  return (
    <defs>
      {keys.map((key) => (
        <pattern
          key={key}
          id={`${prefix}-${key}`}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
        >
          <rect width="8" height="8" className="lp-pattern-ground" />
          <path
            d={MARKS[key]}
            className={`lp-pattern-ink lp-role-${key}`}
            strokeLinecap={key === 'customer' ? 'round' : 'square'}
            strokeWidth={key === 'customer' ? 3.2 : 1.6}
          />
        </pattern>
      ))}
    </defs>
  );
}
