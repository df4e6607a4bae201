import { describe, expect, it } from 'vitest';
import { type Finding, type FindingCode, makeFinding } from './findings';
import { groupFindings, summariseGroups } from './group-findings';

function finding(code: FindingCode, rowId = 'businessData'): Finding {
  return makeFinding(code, { engagementId: 'engagement-1', rowId });
}

describe('groupFindings', () => {
  it('gives the four principles in their canonical order, all passing without findings', () => {
    const groups = groupFindings([]);
    expect(groups.map((g) => [g.principle, g.status, g.errors, g.warnings])).toEqual([
      ['sharedPurpose', 'passed', 0, 0],
      ['reasonableResponsibility', 'passed', 0, 0],
      ['maximisedStrengths', 'passed', 0, 0],
      ['transparentCollaboration', 'passed', 0, 0],
    ]);
  });

  it.each([
    {
      name: 'one error fails its principle only',
      findings: [finding('layer-uncovered')],
      expected: ['failed', 'passed', 'passed', 'passed'],
    },
    {
      name: 'warnings alone warn, they do not fail',
      findings: [finding('override-without-reason'), finding('no-information-channel')],
      expected: ['passed', 'warned', 'passed', 'warned'],
    },
    {
      name: 'an error and a warning under one principle fail it',
      findings: [finding('supporter-outside-customer-duty'), finding('supporter-without-service')],
      expected: ['passed', 'passed', 'failed', 'passed'],
    },
  ])('$name', ({ findings, expected }) => {
    expect(groupFindings(findings).map((g) => g.status)).toEqual(expected);
  });

  it.each([
    {
      name: 'puts errors before warnings',
      input: [
        finding('override-without-reason', 'facility'),
        finding('facility-not-provider', 'facility'),
        finding('data-not-customer'),
      ],
      expected: ['data-not-customer', 'override-without-reason', 'facility-not-provider'],
    },
    {
      name: 'keeps the model order among findings of the same severity',
      input: [
        finding('override-without-reason', 'facility'),
        finding('override-without-reason', 'virtualization'),
        finding('override-without-reason', 'businessData'),
      ],
      expected: ['override-without-reason', 'override-without-reason', 'override-without-reason'],
      rows: ['facility', 'virtualization', 'businessData'],
    },
  ])('$name', ({ input, expected, rows }) => {
    const group = groupFindings(input)[1];
    expect(group?.findings.map((f) => f.code)).toEqual(expected);
    if (rows) expect(group?.findings.map((f) => f.rowId)).toEqual(rows);
  });

  it('counts errors and warnings per principle', () => {
    const group = groupFindings([
      finding('data-not-customer'),
      finding('override-without-reason'),
      finding('override-without-reason', 'facility'),
    ])[1];
    expect(group).toMatchObject({ errors: 1, warnings: 2, status: 'failed' });
  });
});

describe('summariseGroups', () => {
  it.each([
    { name: 'no findings', findings: [], expected: [0, 0, 0] },
    {
      name: 'errors and warnings over two principles',
      findings: [
        finding('layer-uncovered'),
        finding('data-not-customer'),
        finding('override-without-reason'),
      ],
      expected: [2, 1, 2],
    },
    {
      name: 'warnings only',
      findings: [finding('no-information-channel'), finding('no-information-channel')],
      expected: [0, 2, 1],
    },
  ])('adds up $name', ({ findings, expected }) => {
    const summary = summariseGroups(groupFindings(findings));
    expect([summary.errors, summary.warnings, summary.principlesWithFindings]).toEqual(expected);
  });
});
