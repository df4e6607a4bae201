import type { AssetLayer } from '@/model/asset-layers';
import type { Duty, MatrixRow, Scope } from '@/model/assignment';
import type { DeliveryMode } from '@/model/delivery-modes';
import type { Role } from '@/model/roles';
import type { AssuranceServiceType, ServiceType } from '@/model/service-types';
import type { Engagement } from '@/model/workspace';

/**
 * The words of the OSCAL documents in the user's language. Exports may not use i18n, so the UI fills
 * this; identifiers and our props stay English.
 */
export interface OscalLabels {
  readonly catalogTitle: string;
  readonly catalogRemarks: string;
  /** The SSP's title when the contract has none. */
  readonly sspTitle: string;
  readonly systemDescription: string;
  readonly boundary: string;
  readonly informationType: string;
  readonly informationTypeDescription: string;
  readonly layersGroup: string;
  readonly assuranceGroup: string;
  /** Name of an engagement, with a fallback such as "Engagement 2" (index is 0-based). */
  engagement(engagement: Engagement, index: number): string;
  row(row: MatrixRow, engagement: Engagement): string;
  role(role: Role): string;
  layer(layer: AssetLayer): string;
  /** What an asset layer holds (domain §1). */
  layerContents(layer: AssetLayer): string;
  serviceType(type: ServiceType): string;
  /** The own row of an assurance service type in the catalogue, e.g. "Cloud security service itself". */
  serviceItself(type: AssuranceServiceType): string;
  mode(mode: DeliveryMode): string;
  duty(duty: Duty): string;
  scope(scope: Scope): string;
  /** What a scope covers (domain §2), as a statement part's prose. */
  scopeMeaning(scope: Scope): string;
  /** One assignment in words: "Cloud service provider: owner, whole layer". */
  assignment(role: string, words: string): string;
  readonly partSeparator: string;
}
