import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findTestDataInSrc,
  PENDING_TEST_DATA,
  readSourceTexts,
  type TestDataFinding,
} from '../../scripts/dependency-rules/find-test-data';

// architecture.md: test data lives in tests/ (fixtures, builders, support), never under src/. This
// test fails the build when a non-test file under src/ is named as test data or imports from tests/.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const describeFinding = ({ file, reason, specifier }: TestDataFinding) =>
  specifier ? `${file} ${reason} '${specifier}'` : `${file} ${reason}`;

describe('test data in the real sources', () => {
  it('keeps fixtures, builders and imports from tests/ out of non-test files under src/', () => {
    const found = findTestDataInSrc(readSourceTexts(repoRoot))
      .filter(({ file }) => !PENDING_TEST_DATA.includes(file))
      .map(describeFinding);
    expect(found, `Test data under src/ (move it to tests/):\n${found.join('\n')}`).toEqual([]);
  });

  it('lists as pending only files that still exist', () => {
    const gone = PENDING_TEST_DATA.filter((file) => !existsSync(`${repoRoot}/${file}`));
    expect(gone, 'Remove these from PENDING_TEST_DATA: they have moved').toEqual([]);
  });
});

describe('findTestDataInSrc', () => {
  it.each([
    ['src/model/sample.fixture.ts', '', 'test-data-name'],
    ['src/features/a/view.fixture.tsx', '', 'test-data-name'],
    ['src/model/test-builders.ts', '', 'test-data-name'],
    ['src/model/test-builders-extra.ts', '', 'test-data-name'],
    ['src/model/test-builders/parties.ts', '', 'test-data-name'],
    ['src/app/demo.ts', "import { x } from '../../tests/fixtures/sample';", 'imports-tests'],
    ['src/app/demo.ts', "export { x } from '../../tests/support/builders';", 'imports-tests'],
    ['src/app/demo.ts', "const m = import('../../tests/fixtures/big');", 'imports-tests'],
  ])('flags %s (%s) as %s', (file, source, reason) => {
    expect(findTestDataInSrc([{ file, source }]).map((f) => f.reason)).toEqual([reason]);
  });

  it.each([
    ['src/model/sample.fixture.test.ts', "import { x } from '../../tests/fixtures/sample';"],
    ['src/model/derive.test.tsx', "import { b } from '../../tests/support/test-builders';"],
    ['src/model/fixture-names.ts', "import { x } from './fixtures';"],
    ['src/app/builders.ts', "import { y } from '@/model/test';"],
    ['tests/fixtures/sample.fixture.ts', "import { w } from '../support/x';"],
    ['src/export/fixture.json', ''],
  ])('leaves %s alone', (file, source) => {
    expect(findTestDataInSrc([{ file, source }])).toEqual([]);
  });
});
