import { catalogueEn } from './catalogue-en';
import { checksEn } from './checks-en';
import { detailEn } from './detail-en';
import { guideEn } from './guide-en';
import { pictureEn } from './picture-en';

/** English texts: the source of every message key. */
export const en = {
  ...catalogueEn,
  ...checksEn,
  ...detailEn,
  ...guideEn,
  ...pictureEn,
  'app.title': 'Shared Responsibility Workbench',
  'app.subtitle':
    'Who owns which part of cloud security, after the 2024 shared-responsibility model (2.0 system)',
  'app.skipToMatrix': 'Skip to the matrix',
  'language.label': 'Language',
  'scenario.heading': 'Scenario',
  'scenario.serviceType': 'Service type',
  'scenario.deliveryMode': 'Delivery mode',
  'scenario.typicalCases': 'e.g. {cases}',
  'matrix.heading': 'Responsibility matrix',
  'matrix.caption': 'Who owns what: {serviceType} in {mode}',
  'matrix.layerColumn': 'Asset layer',
  'matrix.empty': 'No duty',
  'matrix.legend': 'Legend',
  'matrix.legendOwner': 'carries the duty',
  'matrix.legendSupporter': 'helps the owner carry it, under contract',
  'matrix.basisReport': 'Report {section}',
  'matrix.basisDerived': 'Derived from {section}',
  'matrix.basisOverride': 'Changed for the contract',
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;

/** A full dictionary: every language must have every key (a missing key is a type error). */
export type Messages = Record<MessageKey, string>;
