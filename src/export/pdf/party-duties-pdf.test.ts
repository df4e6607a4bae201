import type { Content, ContentStack, ContentTable, DynamicContent } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { listPartyDuties } from '@/model/party-duties';
import {
  partyDutiesLabelsEn,
  partyDutiesWorkspace,
} from '../../../tests/fixtures/party-duties-pdf';
import { collectText } from './map-text';
import { buildPartyDutiesDocument } from './party-duties-pdf';

const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' } as const;

function pageText(content: DynamicContent | Content | undefined, page: number) {
  const made = typeof content === 'function' ? content(page, 3, A4) : content;
  return made ? collectText(made) : '';
}

/** The tables of the document, each as rows of cell texts. */
function tables(content: Content): string[][][] {
  const items = Array.isArray(content) ? content : [content];
  return items.flatMap((item): string[][][] => {
    if (typeof item !== 'object' || item === null) return [];
    if ('table' in item) {
      const body = (item as ContentTable).table.body;
      return [body.map((row) => row.map((cell) => collectText(cell as Content)))];
    }
    if ('stack' in item) return tables((item as ContentStack).stack);
    return [];
  });
}

describe('the duty list document', () => {
  const workspace = partyDutiesWorkspace();
  const groups = listPartyDuties(workspace, 'cloud');
  const labels = partyDutiesLabelsEn('华云科技', '6 as owner, 3 as supporter, across 2');
  const document = buildPartyDutiesDocument(workspace, groups, labels, 'en');
  const text = collectText(document.content);

  it('names the party, the contract, the summary and each engagement, in order', () => {
    let from = 0;
    for (const part of [
      'Duties of 华云科技',
      '华东区域云平台服务合同',
      '2.1',
      '2026-11-28',
      '6 as owner, 3 as supporter, across 2',
      'Engagement 1: 公有云主机',
      'acts as provider and securityVendor',
      'Engagement 2: Office SaaS',
      'acts as customer',
      'Legend',
      'Signed for 华云科技',
    ]) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
  });

  it('has a line per duty, each with its marks, basis and reason', () => {
    const [contract, ...duties] = tables(document.content);
    expect(contract).toHaveLength(3);
    expect(duties.map((table) => table[0])).toEqual([
      ['Layer or service', 'Role', 'Duty', 'Scope', 'Carried by', 'Basis', 'Reason'],
      ['Layer or service', 'Role', 'Duty', 'Scope', 'Carried by', 'Basis', 'Reason'],
    ]);
    const rows = duties.flatMap((table) => table.slice(1));
    const lines = groups.flatMap((g) => g.lines);
    expect(rows).toHaveLength(lines.length);
    expect(rows).toContainEqual([
      'businessData',
      'provider',
      '■ O owner',
      'use',
      '-',
      'contract *',
      'Backups under annex B\nbaseline 0',
    ]);
    expect(rows).toContainEqual([
      'securityService:s1',
      'securityVendor',
      '■ O owner',
      'service',
      '-',
      'derived §2.4 †',
      'rule assuranceService',
    ]);
    expect(rows).toContainEqual([
      'businessData',
      'securityVendor',
      '□ S supporter',
      'whole',
      'securityService',
      // A supporter's scope is our reading (§2.3.1), so the duty is marked derived.
      'report §2.3.2 †',
      'rule securitySupport',
    ]);
  });

  it('carries the contract title and version on later pages, and page numbers on every page', () => {
    expect(pageText(document.header, 1)).toBe('');
    expect(pageText(document.header, 2)).toBe('华东区域云平台服务合同 · 2.1');
    expect(pageText(document.footer, 2)).toBe('Page 2 of 3');
    expect(document.info?.title).toBe('Duties of 华云科技');
  });

  it('says the party carries nothing instead of tables, and still leaves room to sign', () => {
    const empty = buildPartyDutiesDocument(workspace, [], labels, 'en');
    const words = collectText(empty.content);
    expect(words).toContain('华云科技 carries no duty.');
    expect(words).not.toContain('Legend');
    expect(words).toContain('Signed for 华云科技');
    expect(tables(empty.content)).toHaveLength(1);
  });
});
