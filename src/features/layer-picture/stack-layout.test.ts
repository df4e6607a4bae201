import { describe, expect, it } from 'vitest';
import type { BandText, StackVariant } from './stack-geometry';
import { fontSizeOf, layoutAlignedStacks, layoutStack } from './stack-layout';
import { estimateTextWidth } from './wrap-text';

function band(patch: Partial<BandText> = {}): BandText {
  return {
    id: 'facility',
    name: 'Data-centre facility',
    label: [{ kind: 'hint', text: 'under the service' }],
    parts: [{ role: 'provider', title: 'Cloud service provider', detail: 'Owner · whole layer' }],
    supporters: [],
    changed: false,
    boundary: false,
    ...patch,
  };
}

const split = band({
  id: 'virtualization',
  parts: [
    { role: 'provider', title: 'Cloud service provider', detail: 'Owner · the service itself' },
    { role: 'customer', title: 'Cloud service customer', detail: 'Owner · secure use' },
  ],
});

const supported = band({
  supporters: [
    {
      role: 'securityVendor',
      text: 'Supported by: Cloud security vendor (via security service, secure use)',
    },
  ],
});

describe('layoutStack', () => {
  it.each(['full', 'compact'] as const)(
    'splits a band in two equal parts side by side (%s)',
    (variant) => {
      const [parts] = layoutStack([split], variant).bands.map((b) => b.parts);
      const [left, right] = parts ?? [];
      expect(left?.width).toBeCloseTo(right?.width ?? 0);
      expect((left?.x ?? 0) + (left?.width ?? 0)).toBeLessThan(right?.x ?? 0);
      expect(left?.role).toBe('provider');
    },
  );

  it.each(['full', 'compact'] as const)(
    'stacks bands top to bottom without overlap (%s)',
    (variant) => {
      const { bands, height } = layoutStack([band(), split, supported], variant);
      for (let i = 1; i < bands.length; i++) {
        const above = bands[i - 1];
        expect(bands[i]?.y).toBeGreaterThan((above?.y ?? 0) + (above?.height ?? 0));
      }
      const last = bands.at(-1);
      expect(height).toBe((last?.y ?? 0) + (last?.height ?? 0));
    },
  );

  it.each(['full', 'compact'] as const)(
    'makes a band with a supporter taller and keeps its tag inside (%s)',
    (variant) => {
      const [plain, withTag] = layoutStack([band(), supported], variant).bands;
      expect(withTag?.height).toBeGreaterThan(plain?.height ?? 0);
      const pill = withTag?.pills[0];
      expect((pill?.y ?? 0) + (pill?.height ?? 0)).toBeLessThanOrEqual(
        (withTag?.y ?? 0) + (withTag?.height ?? 0),
      );
    },
  );

  it.each<[StackVariant, BandText]>([
    ['full', split],
    ['compact', split],
    ['compact', supported],
  ])('keeps every line of text inside the picture (%s)', (variant, text) => {
    const { width, bands } = layoutStack([text], variant);
    const runs = bands.flatMap((b) => [
      ...b.runs,
      ...b.parts.flatMap((p) => p.runs),
      ...b.pills.flatMap((p) => p.runs),
    ]);
    for (const run of runs)
      expect(
        run.x + estimateTextWidth(run.text, fontSizeOf(variant, run.kind), true),
      ).toBeLessThanOrEqual(width);
  });

  it('honours a minimum band height', () => {
    expect(layoutStack([band()], 'compact', [300]).bands[0]?.height).toBe(300);
  });
});

describe('layoutAlignedStacks', () => {
  it('gives the same layer the same height and place in every stack', () => {
    const [a, b] = layoutAlignedStacks(
      [
        [supported, band()],
        [band(), band()],
      ],
      'compact',
    );
    expect(a?.bands.map((x) => [x.y, x.height])).toEqual(b?.bands.map((x) => [x.y, x.height]));
    expect(a?.height).toBe(b?.height);
  });
});
