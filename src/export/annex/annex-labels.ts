import type { AssetLayer, LayerPosition } from '@/model/asset-layers';
import type { Duty, ReportSection, Scope } from '@/model/assignment';
import type { RaciRowState } from '@/model/check-departments';
import type { ContractGap } from '@/model/contract-gaps';
import type { Crosswalk } from '@/model/crosswalk';
import type { DeliveryMode, TypicalCase } from '@/model/delivery-modes';
import type { DepartmentKind, RaciLetter } from '@/model/departments';
import type { FindingCode, Severity } from '@/model/findings';
import type { Principle } from '@/model/principles';
import type { Role } from '@/model/roles';
import type { AssuranceServiceType, ServiceType } from '@/model/service-types';
import type { InformationChannel, Workspace } from '@/model/workspace';
import type { AnnexAgreementLabels } from './annex-agreement-labels';

/** Our own readings of the report that an annex can rest on (domain §3, marked [derived]). */
export const DERIVED_RULES = [
  'assuranceRows',
  'supporterScope',
  'operationsSupportInCloudService',
  'securityServiceCoverage',
  'operationsServiceCoverage',
] as const;

/** One derived rule: assurance services' own rows, or the default coverage of a service. */
export type DerivedRule = (typeof DERIVED_RULES)[number];

/**
 * Every word the contract annex prints, in one language. The UI fills it from its i18n texts, so the
 * export has no sentences of its own; closed sets are functions over the model's ids.
 */
export interface AnnexLabels {
  readonly document: {
    /** Subtitle under the contract title, and the title when the contract has none. */
    readonly title: string;
    /** Footer page number, e.g. `第 1 页 / 共 3 页` or `Page 1 of 3`. */
    readonly pageOf: (page: number, pageCount: number) => string;
    /** Joins a list in running text: `、` or `, `. */
    readonly listSeparator: string;
    /** Joins the parts of one phrase, such as duty, scope and service: `·` or `, `. */
    readonly partSeparator: string;
    /** Shown for a field left empty. */
    readonly notSet: string;
    /** A label with its value: `版本：1.0` or `Version: 1.0`. */
    readonly field: (label: string, value: string) => string;
    /** A remark after a phrase: `（甲方）` or ` (party A)`, with the spacing of the language. */
    readonly aside: (text: string) => string;
  };
  readonly contract: {
    readonly heading: string;
    readonly title: string;
    readonly version: string;
    readonly date: string;
    readonly notes: string;
  };
  readonly parties: {
    readonly heading: string;
    readonly name: string;
    readonly roles: string;
    readonly none: string;
    /** A party id that the workspace does not name. */
    readonly unknown: (id: string) => string;
    /** No party named for a role in an engagement. */
    readonly unassigned: string;
  };
  readonly role: (role: Role) => string;
  readonly layer: (layer: AssetLayer) => string;
  readonly position: (position: LayerPosition) => string;
  readonly serviceType: (type: ServiceType) => string;
  readonly mode: (mode: DeliveryMode) => string;
  readonly typicalCase: (typicalCase: TypicalCase) => string;
  readonly duty: (duty: Duty) => string;
  /** One letter per duty, so the matrix reads in black and white: `责`/`撑`, `O`/`S`. */
  readonly dutyLetter: (duty: Duty) => string;
  readonly scope: (scope: Scope) => string;
  readonly via: (via: AssuranceServiceType) => string;
  readonly principle: (principle: Principle) => string;
  readonly severity: (severity: Severity) => string;
  readonly finding: (code: FindingCode) => string;
  readonly engagement: {
    /** Section heading of one engagement; `name` is empty when the user gave none. */
    readonly heading: (number: number, name: string) => string;
    readonly scenario: string;
    readonly resourceService: string;
    readonly deliveryMode: string;
    /** Typical deployments of the mode, e.g. `如公有云、专有云` (printed as an aside). */
    readonly typicalCases: (cases: string) => string;
    readonly assuranceServices: string;
    readonly noAssuranceServices: string;
    /** Names one assurance service; `ordinal` counts services of that type from 1, when several. */
    readonly assuranceService: (type: AssuranceServiceType, ordinal?: number) => string;
    readonly suppliedBy: string;
    readonly coveredLayers: string;
    readonly noLayers: string;
  };
  readonly matrix: {
    readonly heading: string;
    readonly layerColumn: string;
    /** A cell with no duty. */
    readonly empty: string;
    /** The row of an assurance service itself, e.g. `{service}自身`. */
    readonly serviceItself: (service: string) => string;
    readonly legendHeading: string;
    /** What each duty means, for the legend. */
    readonly dutyMeaning: (duty: Duty) => string;
    readonly legendOverridden: string;
    readonly legendDerived: string;
    /** Short forms for the one-line legend under every matrix after the first. */
    readonly overriddenShort: string;
    readonly derivedShort: string;
  };
  readonly deviations: {
    readonly heading: string;
    readonly none: string;
    readonly cell: string;
    readonly baseline: string;
    readonly agreed: string;
    readonly reason: string;
    readonly noReason: string;
  };
  /** Inside the customer: its departments' RACI of its duties (domain §6), when it has departments. */
  readonly raci: {
    readonly heading: string;
    readonly intro: string;
    /** Why the matrix's Owner and the RACI's Accountable are different things. */
    readonly ownerNote: string;
    readonly derivedNote: string;
    readonly caption: (party: string, engagement: string) => string;
    readonly duty: string;
    readonly check: string;
    /** A department with no letter on a duty. */
    readonly empty: string;
    readonly none: string;
    readonly letter: (letter: RaciLetter) => string;
    readonly state: (state: RaciRowState) => string;
    /** The app's name of a built-in kind of department, for one the user left unnamed. */
    readonly kind: (kind: DepartmentKind) => string;
  };
  /** What the contract lacked when it was exported (an unnamed party, no date…), said in words. */
  readonly gaps: {
    readonly heading: string;
    readonly intro: string;
    readonly describe: (gap: ContractGap, workspace: Workspace) => string;
  };
  readonly checks: {
    readonly heading: string;
    readonly allPass: string;
    readonly principlePasses: string;
    readonly counts: (errors: number, warnings: number) => string;
  };
  readonly basis: {
    readonly heading: string;
    readonly intro: string;
    readonly report: (section: ReportSection) => string;
    readonly derived: (section: ReportSection) => string;
    /** What follows a report section when the scope is ours, e.g. "; scope derived from §2.3.1". */
    readonly scopeDerived: (section: ReportSection) => string;
    readonly override: string;
    /** Stands for the list of all five layer rows. */
    readonly everyLayer: string;
    readonly derivedRulesHeading: string;
    readonly derivedRule: (rule: DerivedRule) => string;
    /** The laws and standards the report cites (§1.1), each with the report's reason. */
    readonly referencesHeading: string;
    readonly references: readonly { readonly name: string; readonly reason: string }[];
  };
  readonly signatures: {
    readonly heading: string;
    readonly signature: string;
    readonly date: string;
  };
  /**
   * How a matrix row reads in CSA CCM, FedRAMP and provider words (domain §9, derived): the rules,
   * printed once under the first matrix (per-row values are in the workbook and the CSV).
   */
  readonly crosswalk: {
    /** The heading of the crosswalk's rules under the first matrix. */
    readonly heading: string;
    /** One rule of the crosswalk: the owners on a row, and its CCM, FedRAMP and provider words. */
    readonly rule: (owners: string, crosswalk: Crosswalk) => string;
    /** That the column is derived, and what CCM's third-party values mean. */
    readonly note: string;
  };
  /** The information-sharing plan (key link 3, §2.4): who passes which information to whom. */
  readonly informationPlan: {
    readonly heading: string;
    readonly intro: string;
    /** Printed when the workspace has no channels. */
    readonly none: string;
    /** The heading of one pair: `云帆计算（云服务商） → 华东银行（云服务客户）`. */
    readonly pair: (from: string, to: string) => string;
    /** A channel's category: one of the three examples, or the user's own by its name. */
    readonly category: (channel: Pick<InformationChannel, 'category' | 'categoryName'>) => string;
    readonly categoryColumn: string;
    readonly what: string;
    readonly trigger: string;
    readonly timeliness: string;
    readonly medium: string;
    /** The joint response to incidents per engagement (§1.2 联动处置). */
    readonly joint: {
      readonly heading: string;
      readonly intro: string;
      readonly engagement: string;
      readonly notification: string;
      readonly timeliness: string;
      readonly coordinator: string;
      /** Printed for an engagement that needs a joint response and has none. */
      readonly none: string;
    };
  };
  /** The agreement between the parties (domain §11): status, signatures and the record. */
  readonly agreement: AnnexAgreementLabels;
}
