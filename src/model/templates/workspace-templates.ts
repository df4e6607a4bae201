import type { FindingCode } from '../findings';
import type { Workspace } from '../workspace';
import { buildTemplateWorkspace, type TemplateSpec } from './build-template-workspace';
import type { TemplateTexts } from './template-texts';

/** The templates a workspace can start from: the report's typical scenarios (§2.3.2, §1.3). */
export const TEMPLATE_IDS = [
  'publicIaas',
  'publicSaas',
  'privateCloud',
  'governmentCloud',
  'multiCloud',
  'reseller',
] as const;

/** One of the templates. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** A template: what it holds, and the findings it shows on purpose (its description must say so). */
export interface WorkspaceTemplate {
  readonly id: TemplateId;
  readonly spec: TemplateSpec;
  readonly teaches: readonly FindingCode[];
}

const CUSTOMER = ['customer'] as const;
const PROVIDER = ['provider'] as const;
const VENDOR = ['securityVendor'] as const;

/** Every template, in the order the picker lists them. */
export const WORKSPACE_TEMPLATES: Readonly<Record<TemplateId, WorkspaceTemplate>> = {
  // Public cloud IaaS: the provider runs the facility and virtualisation and operates them for the customer.
  publicIaas: {
    id: 'publicIaas',
    teaches: [],
    spec: {
      parties: [
        { key: 'bank', roles: CUSTOMER },
        { key: 'publicCloud', roles: PROVIDER },
        { key: 'securityCompany', roles: VENDOR },
      ],
      engagements: [
        {
          key: 'publicIaas',
          scenario: { resourceService: 'iaas', mode: 'cloudService' },
          customer: 'bank',
          provider: 'publicCloud',
          securityVendors: ['securityCompany'],
          operations: 'publicCloud',
        },
      ],
    },
  },
  // Public SaaS: the provider also sells its own native security service, so it is a security vendor too.
  publicSaas: {
    id: 'publicSaas',
    teaches: [],
    spec: {
      parties: [
        { key: 'retailer', roles: CUSTOMER },
        { key: 'saasProvider', roles: ['provider', 'securityVendor'] },
      ],
      engagements: [
        {
          key: 'publicSaas',
          scenario: { resourceService: 'saas', mode: 'cloudService' },
          customer: 'retailer',
          provider: 'saasProvider',
          securityVendors: ['saasProvider'],
          operations: null,
        },
      ],
    },
  },
  // Private cloud: the supplier answers for its software only; the customer runs everything itself.
  privateCloud: {
    id: 'privateCloud',
    teaches: [],
    spec: {
      parties: [
        { key: 'bank', roles: CUSTOMER },
        { key: 'softwareSupplier', roles: PROVIDER },
        { key: 'securityCompany', roles: VENDOR },
      ],
      engagements: [
        {
          key: 'privateCloud',
          scenario: { resourceService: 'iaas', mode: 'softwareDelivery' },
          customer: 'bank',
          provider: 'softwareSupplier',
          securityVendors: ['securityCompany'],
          operations: null,
        },
      ],
    },
  },
  // Government cloud: software delivery with an operations service run by the provider.
  governmentCloud: {
    id: 'governmentCloud',
    teaches: [],
    spec: {
      parties: [
        { key: 'dataBureau', roles: CUSTOMER },
        { key: 'governmentCloud', roles: PROVIDER },
        { key: 'securityCompany', roles: VENDOR },
      ],
      engagements: [
        {
          key: 'governmentCloud',
          scenario: { resourceService: 'iaas', mode: 'managedDelivery' },
          customer: 'dataBureau',
          provider: 'governmentCloud',
          securityVendors: ['securityCompany'],
          operations: 'governmentCloud',
        },
      ],
    },
  },
  // Multi-cloud and hybrid: public IaaS from one provider, private PaaS from another, a vendor for each.
  multiCloud: {
    id: 'multiCloud',
    teaches: [],
    spec: {
      parties: [
        { key: 'group', roles: CUSTOMER },
        { key: 'cloudA', roles: PROVIDER },
        { key: 'cloudB', roles: PROVIDER },
        { key: 'vendorA', roles: VENDOR },
        { key: 'vendorB', roles: VENDOR },
      ],
      engagements: [
        {
          key: 'multiCloudPublic',
          scenario: { resourceService: 'iaas', mode: 'cloudService' },
          customer: 'group',
          provider: 'cloudA',
          securityVendors: ['vendorA'],
          operations: 'cloudA',
        },
        {
          key: 'multiCloudPrivate',
          scenario: { resourceService: 'paas', mode: 'softwareDelivery' },
          customer: 'group',
          provider: 'cloudB',
          securityVendors: ['vendorB'],
          operations: null,
        },
      ],
    },
  },
  // Role overlap: the software company is the customer of a public cloud and the provider of its own SaaS.
  reseller: {
    id: 'reseller',
    teaches: [],
    spec: {
      parties: [
        { key: 'softwareCompany', roles: ['customer', 'provider'] },
        { key: 'publicCloud', roles: PROVIDER },
        { key: 'securityCompany', roles: VENDOR },
        { key: 'hospital', roles: CUSTOMER },
      ],
      engagements: [
        {
          key: 'resellerHosting',
          scenario: { resourceService: 'iaas', mode: 'cloudService' },
          customer: 'softwareCompany',
          provider: 'publicCloud',
          securityVendors: ['securityCompany'],
          operations: 'publicCloud',
        },
        {
          key: 'resellerSaas',
          scenario: { resourceService: 'saas', mode: 'cloudService' },
          customer: 'hospital',
          provider: 'softwareCompany',
          securityVendors: ['securityCompany'],
          operations: null,
        },
      ],
    },
  },
};

/** The workspace a template starts, named in the user's language. */
export function createFromTemplate(id: TemplateId, texts: TemplateTexts): Workspace {
  return buildTemplateWorkspace(WORKSPACE_TEMPLATES[id].spec, texts);
}
