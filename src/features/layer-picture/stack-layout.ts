import type {
  BandGeometry,
  BandText,
  StackGeometry,
  StackVariant,
  TextKind,
  TextRun,
} from './stack-geometry';
import { wrapText } from './wrap-text';

const METRICS = {
  full: {
    width: 720,
    labelWidth: 180,
    pad: 10,
    gap: 10,
    swatch: 44,
    markRadius: 11,
    size: { name: 15, hint: 12.5, warning: 12.5, changed: 12.5, title: 14, detail: 13, pill: 12.5 },
  },
  compact: {
    width: 300,
    labelWidth: 0,
    pad: 8,
    gap: 6,
    swatch: 28,
    markRadius: 9,
    size: {
      name: 13,
      hint: 11.5,
      warning: 11.5,
      changed: 11.5,
      title: 12.5,
      detail: 12,
      pill: 11.5,
    },
  },
} as const;

const LEADING = 1.4;
const PILL_STRIP = 10;
const BOLD: readonly TextKind[] = ['name', 'title', 'warning', 'changed'];

/** Whether a kind of text is drawn bold; the layout measures it so. */
export function isBold(kind: TextKind): boolean {
  return BOLD.includes(kind);
}

/** Font size of each kind of text in a variant, for the drawing to match the layout. */
export function fontSizeOf(variant: StackVariant, kind: TextKind): number {
  return METRICS[variant].size[kind];
}

/** Wraps texts into lines placed from a top edge; returns the runs and the height they take. */
function placeLines(
  texts: readonly { text: string; kind: TextKind }[],
  variant: StackVariant,
  x: number,
  top: number,
  width: number,
) {
  const runs: TextRun[] = [];
  let y = top;
  for (const { text, kind } of texts) {
    const size = fontSizeOf(variant, kind);
    const lineHeight = size * LEADING;
    for (const line of wrapText(text, width, size, isBold(kind))) {
      // Baseline a little below the middle of the line box, which centres Latin and CJK glyphs alike.
      runs.push({ text: line, x, y: y + lineHeight / 2 + size * 0.36, kind });
      y += lineHeight;
    }
  }
  return { runs, height: y - top };
}

function layoutBand(band: BandText, variant: StackVariant, top: number, minHeight: number) {
  const m = METRICS[variant];
  const full = variant === 'full';
  const labelWidth = full ? m.labelWidth - 2 * m.pad : m.width - 2 * m.pad;
  const label = placeLines(
    [{ text: band.name, kind: 'name' }, ...band.label],
    variant,
    m.pad,
    top + m.pad,
    labelWidth,
  );
  const x0 = full ? m.labelWidth : m.pad;
  const contentWidth = m.width - x0 - m.pad;
  const partsTop = full ? top + m.pad : top + m.pad + label.height + m.gap / 2;
  const partWidth = (contentWidth - m.gap * (band.parts.length - 1)) / band.parts.length;
  const inset = m.pad * 0.8;
  const placed = band.parts.map((part, i) => {
    const x = x0 + i * (partWidth + m.gap);
    const words = [
      { text: part.title, kind: 'title' as const },
      { text: part.detail, kind: 'detail' as const },
    ];
    const textX = x + m.swatch + inset;
    return {
      part,
      x,
      ...placeLines(words, variant, textX, partsTop + inset, partWidth - m.swatch - 2 * inset),
    };
  });
  const partHeight = Math.max(m.swatch, ...placed.map((p) => p.height + 2 * inset));
  const parts = placed.map(({ part, x, runs }) => ({
    role: part.role,
    x,
    y: partsTop,
    width: partWidth,
    height: partHeight,
    swatch: { x, y: partsTop, width: m.swatch, height: partHeight },
    runs,
  }));
  let pillTop = partsTop + partHeight + m.gap * 0.6;
  const pills = band.supporters.map((s) => {
    const r = m.markRadius;
    // A patterned strip, then the lettered mark, then the words.
    const textX = x0 + PILL_STRIP + 2 * r + 12;
    const textWidth = contentWidth - (textX - x0) - 10;
    const text = placeLines(
      [{ text: s.text, kind: 'pill' }],
      variant,
      textX,
      pillTop + 3,
      textWidth,
    );
    const height = Math.max(2 * r + 6, text.height + 6);
    const pill = {
      role: s.role,
      x: x0,
      y: pillTop,
      width: contentWidth,
      height,
      mark: { cx: x0 + PILL_STRIP + 4 + r, cy: pillTop + height / 2, r },
      strip: { x: x0, y: pillTop, width: PILL_STRIP, height },
      runs: text.runs,
    };
    pillTop += height + m.gap * 0.5;
    return pill;
  });
  const contentBottom = band.supporters.length > 0 ? pillTop - m.gap * 0.5 : partsTop + partHeight;
  const labelBottom = top + m.pad + label.height;
  const height = Math.max(minHeight, Math.max(contentBottom, labelBottom) + m.pad - top);
  return {
    id: band.id,
    changed: band.changed,
    boundary: band.boundary,
    x: 0,
    y: top,
    width: m.width,
    height,
    runs: label.runs,
    parts,
    pills,
  };
}

/**
 * Places the bands of a stack top to bottom. A band is at least as tall as its entry in minHeights,
 * so small multiples side by side keep each layer on the same line.
 */
export function layoutStack(
  bands: readonly BandText[],
  variant: StackVariant,
  minHeights: readonly number[] = [],
): StackGeometry {
  const bandGap = METRICS[variant].gap;
  const placed: BandGeometry[] = [];
  let top = 0;
  bands.forEach((band, i) => {
    const geometry = layoutBand(band, variant, top, minHeights[i] ?? 0);
    placed.push(geometry);
    top += geometry.height + bandGap;
  });
  return { width: METRICS[variant].width, height: Math.max(0, top - bandGap), bands: placed };
}

/** Lays out several stacks with each layer as tall as its tallest version, for side-by-side reading. */
export function layoutAlignedStacks(
  stacks: readonly (readonly BandText[])[],
  variant: StackVariant,
): StackGeometry[] {
  const first = stacks.map((bands) => layoutStack(bands, variant));
  const tallest = first.reduce<number[]>(
    (heights, stack) => stack.bands.map((band, i) => Math.max(band.height, heights[i] ?? 0)),
    [],
  );
  return stacks.map((bands) => layoutStack(bands, variant, tallest));
}
