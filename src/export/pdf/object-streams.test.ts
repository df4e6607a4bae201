import { describe, expect, it } from 'vitest';
import { OBJECTS_PER_STREAM, packObjects } from './object-streams';

describe('packObjects', () => {
  it('packs only objects without a stream, in groups numbered from the first free number', () => {
    const objects = Array.from({ length: OBJECTS_PER_STREAM * 2 + 1 }, (_, i) => ({
      id: i + 1,
      value: `<< /N ${i + 1} >>`,
      stream: null,
    }));
    const withStream = { id: 999, value: '<< >>', stream: new Uint8Array(1) };
    const groups = packObjects([...objects, withStream], 1000);
    expect(groups.map((group) => [group.id, group.members.length])).toEqual([
      [1000, OBJECTS_PER_STREAM],
      [1001, OBJECTS_PER_STREAM],
      [1002, 1],
    ]);
    expect(groups.flatMap((group) => group.members)).not.toContain(999);
  });

  it('lists each member and where it starts after /First', () => {
    const [group] = packObjects(
      [
        { id: 4, value: '<< /A 1 >>', stream: null },
        { id: 7, value: '[1 2 3]', stream: null },
      ],
      8,
    );
    const first = Number(/\/First (\d+)/.exec(group?.value ?? '')?.[1]);
    expect(group?.value).toContain('/Type /ObjStm\n/N 2');
    expect(group?.data.slice(0, first)).toBe('4 0 7 11\n');
    expect(group?.data.slice(first)).toBe('<< /A 1 >>\n[1 2 3]\n');
  });
});
