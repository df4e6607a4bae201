import type { AgreementRecord } from './agreement/agreement';
import type { AssetLayer } from './asset-layers';
import type { Assignment } from './assignment';
import type { DeliveryMode } from './delivery-modes';
import type { Department, RaciEntry } from './departments';
import type { ChannelCategory } from './principles';
import type { Role } from './roles';
import type { ResourceServiceType } from './service-types';

/** A named organisation taking part; one party may hold several roles at once (§2.1). */
export interface Party {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
}

/** The layers an assurance service covers: the default for the scenario, or a list the user chose. */
export type ServiceCoverage = 'default' | readonly AssetLayer[];

/** At most this many security services per engagement: the saved document refuses more. */
export const MAX_SECURITY_SERVICES_PER_ENGAGEMENT = 50;

/** A cloud security service bought for an engagement, with the party that supplies it. */
export interface SecurityService {
  readonly id: string;
  readonly vendorPartyId: string | null;
  readonly layers: ServiceCoverage;
}

/** A cloud operations service bought for an engagement, with the party that runs it. */
export interface OperationsService {
  readonly id: string;
  readonly providerPartyId: string | null;
  readonly layers: ServiceCoverage;
}

/** One resource service in one delivery mode between a customer and a provider, with its assurance services. */
export interface Engagement {
  readonly id: string;
  readonly name: string;
  readonly resourceService: ResourceServiceType;
  readonly mode: DeliveryMode;
  readonly customerPartyId: string | null;
  readonly providerPartyId: string | null;
  readonly securityServices: readonly SecurityService[];
  readonly operationsService: OperationsService | null;
}

/** Addresses one cell: an engagement's row and a role's column. */
export interface CellRef {
  readonly engagementId: string;
  readonly rowId: string;
  readonly role: Role;
}

/** A cell the user changed to match the contract, with the reason for the change. */
export interface Override extends CellRef {
  readonly assignments: readonly Assignment[];
  readonly reason: string;
}

/** A channel through which one party passes one category of security information to another (§2.4 link 3). */
export interface InformationChannel {
  readonly id: string;
  readonly fromPartyId: string;
  readonly toPartyId: string;
  readonly category: ChannelCategory;
  /** The name of a category of the user's own (category `other`); absent for the three examples. */
  readonly categoryName?: string;
  /** What is passed on. */
  readonly what: string;
  /** What event makes it due. */
  readonly trigger: string;
  /** How fast it must arrive. */
  readonly timeliness: string;
  /** Through which medium (ticket, e-mail, portal, phone). */
  readonly medium: string;
}

/**
 * How the parties of one engagement respond together to a security incident (联动处置, §1.2; 联动响应机制,
 * §2.2): who notifies whom, within what time, and which party coordinates.
 */
export interface JointResponse {
  readonly engagementId: string;
  /** Who notifies whom when an incident happens. */
  readonly notification: string;
  /** Within what time the first notice is due. */
  readonly timeliness: string;
  /** The party that coordinates; the customer by default, as the party finally accountable. */
  readonly coordinatorPartyId: string | null;
}

/** The contract a workspace belongs to. `date` is an ISO date (YYYY-MM-DD) or empty. */
export interface ContractMeta {
  readonly title: string;
  readonly version: string;
  readonly date: string;
  readonly notes: string;
}

/**
 * Everything a team agrees on: parties, engagements, the overrides to the baseline, how they talk,
 * and how a party splits its duties across its own departments.
 */
export interface Workspace {
  readonly contract: ContractMeta;
  readonly parties: readonly Party[];
  readonly engagements: readonly Engagement[];
  readonly overrides: readonly Override[];
  readonly channels: readonly InformationChannel[];
  /** At most one joint-response entry per engagement. */
  readonly jointResponses: readonly JointResponse[];
  readonly departments: readonly Department[];
  readonly raci: readonly RaciEntry[];
  /**
   * What the parties proposed, commented and signed (domain §11); not part of the agreed content.
   * Absent in a workspace nobody has negotiated yet.
   */
  readonly agreement?: AgreementRecord;
}
