import './zod-setup';
import { z } from 'zod';
import { DUTIES, REPORT_SECTIONS, SCOPES } from '@/model/assignment';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import { CHANNEL_CATEGORIES } from '@/model/principles';
import { ROLES } from '@/model/roles';
import { ASSURANCE_SERVICE_TYPES, RESOURCE_SERVICE_TYPES } from '@/model/service-types';

// Built from the model's `as const` arrays, so a catalogue change reaches the schema by itself.

/** A role: customer, provider or security vendor. */
export const roleSchema = z.enum(ROLES);
/** A resource service type: IaaS, PaaS or SaaS. */
export const resourceServiceTypeSchema = z.enum(RESOURCE_SERVICE_TYPES);
/** An assurance service type: security service or operations service. */
export const assuranceServiceTypeSchema = z.enum(ASSURANCE_SERVICE_TYPES);
/** A delivery mode. */
export const deliveryModeSchema = z.enum(DELIVERY_MODES);
/** Owner or supporter. */
export const dutySchema = z.enum(DUTIES);
/** Whole, service or use. */
export const scopeSchema = z.enum(SCOPES);
/** A report section cited as a basis. */
export const reportSectionSchema = z.enum(REPORT_SECTIONS);
/** A category of shared security information: one of the three examples, or the user's own. */
export const channelCategorySchema = z.enum(CHANNEL_CATEGORIES);
