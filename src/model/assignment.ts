import type { AssetLayer, LayerPosition } from './asset-layers';
import type { Role } from './roles';
import type { AssuranceServiceType } from './service-types';

/** Owner (负责) carries the duty; supporter (支撑) helps the owner carry it under contract. */
export const DUTIES = ['owner', 'supporter'] as const;
/** Owner or supporter. */
export type Duty = (typeof DUTIES)[number];

/** Whole layer (整体), the delivered service itself (服务自身), or its secure use (安全使用). */
export const SCOPES = ['whole', 'service', 'use'] as const;
/** The part of a layer's security an assignment covers. */
export type Scope = (typeof SCOPES)[number];

/** Report sections the app cites as the basis of a rule. */
export const REPORT_SECTIONS = [
  '§1.2',
  '§1.3',
  '§2.1',
  '§2.2',
  '§2.3.1',
  '§2.3.2',
  '§2.4',
] as const;
/** A section of the 2024 report. */
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/**
 * Why an assignment is there: a report section, our derived reading of a section, or an override the
 * user made (its reason sits on the cell). A report-based supporter whose scope we derived names the
 * section its scope is derived from (domain §2: the basis belongs to each assignment).
 */
export type Basis =
  | {
      readonly source: 'report' | 'derived';
      readonly section: ReportSection;
      /** The section the assignment's scope is derived from, when the report names the duty but not its scope. */
      readonly scopeDerivedFrom?: ReportSection;
    }
  | { readonly source: 'override' };

/** Whether any part of an assignment rests on our reading rather than the report's text (marked †). */
export function isDerivedBasis(basis: Basis): boolean {
  return (
    basis.source === 'derived' ||
    (basis.source === 'report' && basis.scopeDerivedFrom !== undefined)
  );
}

/** One duty a role carries in one cell of the matrix. */
export interface Assignment {
  readonly duty: Duty;
  readonly scope: Scope;
  /** Only on supporters: the assurance service that carries the support. */
  readonly via?: AssuranceServiceType;
  /** The engagement's assurance service (by id) that carries a supporter or owns an assurance row. */
  readonly serviceId?: string;
  /** The named party that carries it, when the workspace names parties. */
  readonly partyId?: string;
  readonly basis: Basis;
}

/** A matrix row: an asset layer, or an assurance service's own row. */
export type MatrixRowKind = 'layer' | 'assurance';

/** A matrix cell: the assignments of one role on one row, and whether the user changed them. */
export interface Cell {
  readonly role: Role;
  readonly assignments: readonly Assignment[];
  /** The baseline assignments of this cell, as derived from the report. */
  readonly baseline: readonly Assignment[];
  readonly overridden: boolean;
  /** The user's reason for an override; empty when none was given. */
  readonly reason: string;
}

/** A row of the matrix with one cell per role. */
export interface MatrixRow {
  readonly id: string;
  readonly kind: MatrixRowKind;
  /** The asset layer of a layer row. */
  readonly layer?: AssetLayer;
  /** Where a layer row sits relative to the resource service. */
  readonly position?: LayerPosition;
  /** For an assurance row: which service and of which type. */
  readonly serviceId?: string;
  readonly serviceType?: AssuranceServiceType;
  readonly cells: Readonly<Record<Role, Cell>>;
}

/** The who-owns-what matrix of one engagement: layer rows bottom to top, then assurance rows. */
export interface Matrix {
  readonly engagementId: string;
  readonly rows: readonly MatrixRow[];
}
