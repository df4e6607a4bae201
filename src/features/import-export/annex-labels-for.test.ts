import { describe, expect, it } from 'vitest';
import type { AnnexLabels } from '@/export/annex/annex-labels';
import { DERIVED_RULES } from '@/export/annex/annex-labels';
import { AGREEMENT_EVENT_KINDS, AGREEMENT_STATUSES } from '@/model/agreement/agreement';
import { ASSET_LAYERS, LAYER_POSITIONS } from '@/model/asset-layers';
import { DUTIES, REPORT_SECTIONS, SCOPES } from '@/model/assignment';
import type { RaciRowState } from '@/model/check-departments';
import { DELIVERY_MODES, TYPICAL_CASES } from '@/model/delivery-modes';
import { DEPARTMENT_KINDS, RACI_LETTERS } from '@/model/departments';
import { FINDING_CODES, SEVERITIES } from '@/model/findings';
import { PRINCIPLES } from '@/model/principles';
import { ROLES } from '@/model/roles';
import { ASSURANCE_SERVICE_TYPES, SERVICE_TYPES } from '@/model/service-types';
import { annexLabelsFor } from './annex-labels-for';

const LABELS: Readonly<Record<'en' | 'zh-CN', AnnexLabels>> = {
  en: await annexLabelsFor('en'),
  'zh-CN': await annexLabelsFor('zh-CN'),
};

const RACI_ROW_STATES: readonly RaciRowState[] = [
  'agreed',
  'noAccountable',
  'severalAccountable',
  'withoutDuty',
];

/** Every word the annex can print for a closed set, by the label function and the value. */
function closedSetWords(language: 'en' | 'zh-CN'): [string, string][] {
  const l = LABELS[language];
  const each = <T extends string>(name: string, values: readonly T[], word: (v: T) => string) =>
    values.map((value): [string, string] => [`${name}(${value})`, word(value)]);
  return [
    ...each('role', ROLES, l.role),
    ...each('layer', ASSET_LAYERS, l.layer),
    ...each('position', LAYER_POSITIONS, l.position),
    ...each('serviceType', SERVICE_TYPES, l.serviceType),
    ...each('mode', DELIVERY_MODES, l.mode),
    ...each('typicalCase', TYPICAL_CASES, l.typicalCase),
    ...each('duty', DUTIES, l.duty),
    ...each('dutyLetter', DUTIES, l.dutyLetter),
    ...each('dutyMeaning', DUTIES, l.matrix.dutyMeaning),
    ...each('scope', SCOPES, l.scope),
    ...each('via', ASSURANCE_SERVICE_TYPES, l.via),
    ...each('principle', PRINCIPLES, l.principle),
    ...each('severity', SEVERITIES, l.severity),
    ...each('finding', FINDING_CODES, l.finding),
    ...each('assuranceService', ASSURANCE_SERVICE_TYPES, (t) => l.engagement.assuranceService(t)),
    ...each('raci.letter', RACI_LETTERS, l.raci.letter),
    ...each('raci.state', RACI_ROW_STATES, l.raci.state),
    ...each('raci.kind', DEPARTMENT_KINDS, l.raci.kind),
    ...each('basis.report', REPORT_SECTIONS, l.basis.report),
    ...each('basis.derived', REPORT_SECTIONS, l.basis.derived),
    ...each('basis.derivedRule', DERIVED_RULES, l.basis.derivedRule),
    ...each('agreement.statusValue', AGREEMENT_STATUSES, l.agreement.statusValue),
    ...each('agreement.signatureState', ['valid', 'void', 'missing'] as const, (s) =>
      l.agreement.signatureState(s),
    ),
    ...each('agreement.event', AGREEMENT_EVENT_KINDS, (kind) =>
      l.agreement.event(kind, { party: '甲', author: '乙', item: '丙', short: '1a2b' }),
    ),
  ];
}

/** Every fixed word of the annex: the strings of the labels, however deep. */
function fixedWords(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => fixedWords(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => fixedWords(item, `${path}.${key}`));
  }
  return [];
}

// Names the Chinese annex keeps in Latin letters: standards, frameworks and service classes, and a
// framework's own values quoted or given in brackets after the Chinese word.
const LATIN_NAMES = /IaaS|PaaS|SaaS|CCM|FedRAMP|RACI|SHA-256|GB\/T|YD\/T|CSA|[“（][\w\- ]+[”）]/g;

describe.each(['en', 'zh-CN'] as const)('the annex labels in %s', (language) => {
  it('give a word for every value of every closed set', () => {
    for (const [name, word] of closedSetWords(language)) {
      expect(word.trim(), name).not.toBe('');
      // A missing text falls back to its key, such as `role.customer`.
      expect(word, name).not.toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
    }
  });

  it('give every fixed word, none empty but the separators', () => {
    const words = fixedWords(LABELS[language]).filter(
      ([path]) => !/Separator$/.test(path) && path !== '.matrix.empty',
    );
    expect(words.length).toBeGreaterThan(80);
    for (const [path, word] of words) expect(word.trim(), path).not.toBe('');
  });
});

describe('the Chinese annex labels', () => {
  it('leave no English behind', () => {
    const words = [
      ...closedSetWords('zh-CN'),
      ...fixedWords(LABELS['zh-CN']).filter(([path]) => !path.includes('references')),
    ];
    for (const [name, word] of words) {
      expect(word.replace(LATIN_NAMES, ''), name).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
