import type { Role } from '@/model/roles';
import { patternFill, RolePatternDefs, useSvgId } from './role-patterns';
import type { BandGeometry, StackGeometry, StackVariant, TextRun } from './stack-geometry';
import { fontSizeOf, isBold } from './stack-layout';

interface LayerStackProps {
  readonly geometry: StackGeometry;
  readonly variant: StackVariant;
  /** The accessible name of the picture. */
  readonly title: string;
  /** The text alternative: every layer's owners and supporters in words. */
  readonly description: string;
  readonly letters: Readonly<Record<Role, string>>;
}

function Runs({ runs, variant }: { runs: readonly TextRun[]; variant: StackVariant }) {
  return runs.map((run, i) => (
    <text
      // Lines of one block never move between renders; their order is their identity.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      key={i}
      x={run.x}
      y={run.y}
      fontSize={fontSizeOf(variant, run.kind)}
      fontWeight={isBold(run.kind) ? 700 : 400}
      className={`lp-text lp-text-${run.kind}`}
    >
      {run.text}
    </text>
  ));
}

function Band({
  band,
  variant,
  prefix,
  letters,
}: {
  band: BandGeometry;
  variant: StackVariant;
  prefix: string;
  letters: Readonly<Record<Role, string>>;
}) {
  const frame = [
    'lp-band',
    band.boundary ? 'lp-band-boundary' : '',
    band.changed ? 'lp-band-changed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g className={frame} data-layer={band.id}>
      <rect
        x={1}
        y={band.y + 1}
        width={band.width - 2}
        height={band.height - 2}
        rx={6}
        className="lp-band-frame"
      />
      <Runs runs={band.runs} variant={variant} />
      {band.parts.map((part) => {
        const key = part.role ?? 'none';
        const { swatch } = part;
        const r = Math.min(swatch.width * 0.32, 14);
        return (
          <g key={key} className={`lp-part lp-role-${key}`}>
            <rect
              x={part.x}
              y={part.y}
              width={part.width}
              height={part.height}
              rx={4}
              className="lp-part-fill"
            />
            <rect
              x={swatch.x}
              y={swatch.y}
              width={swatch.width}
              height={swatch.height}
              fill={patternFill(prefix, key)}
              className="lp-swatch"
            />
            <circle
              cx={swatch.x + swatch.width / 2}
              cy={swatch.y + swatch.height / 2}
              r={r}
              className="lp-letter-ground"
            />
            <text
              x={swatch.x + swatch.width / 2}
              y={swatch.y + swatch.height / 2}
              fontSize={r * 1.15}
              className="lp-letter"
              textAnchor="middle"
              dominantBaseline="central"
            >
              {part.role ? letters[part.role] : '!'}
            </text>
            <rect
              x={part.x}
              y={part.y}
              width={part.width}
              height={part.height}
              rx={4}
              className="lp-part-edge"
            />
            <Runs runs={part.runs} variant={variant} />
          </g>
        );
      })}
      {band.pills.map((pill, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a band's supporters keep their order
        <g key={i} className={`lp-pill lp-role-${pill.role}`}>
          <rect
            x={pill.x}
            y={pill.y}
            width={pill.width}
            height={pill.height}
            rx={4}
            className="lp-pill-edge"
          />
          <rect {...pill.strip} fill={patternFill(prefix, pill.role)} className="lp-swatch" />
          <circle cx={pill.mark.cx} cy={pill.mark.cy} r={pill.mark.r} className="lp-pill-mark" />
          <text
            x={pill.mark.cx}
            y={pill.mark.cy}
            fontSize={pill.mark.r * 1.25}
            className="lp-letter"
            textAnchor="middle"
            dominantBaseline="central"
          >
            {letters[pill.role]}
          </text>
          <Runs runs={pill.runs} variant={variant} />
        </g>
      ))}
    </g>
  );
}

/** A stack of asset layers drawn as bands, with its text alternative for assistive technology. */
export function LayerStack({ geometry, variant, title, description, letters }: LayerStackProps) {
  const prefix = useSvgId();
  return (
    <svg
      className={`layer-stack layer-stack-${variant}`}
      role="img"
      aria-labelledby={`${prefix}-title`}
      aria-describedby={`${prefix}-desc`}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      width={geometry.width}
      height={geometry.height}
    >
      <title id={`${prefix}-title`}>{title}</title>
      <desc id={`${prefix}-desc`}>{description}</desc>
      <RolePatternDefs prefix={prefix} />
      {geometry.bands.map((band) => (
        <Band key={band.id} band={band} variant={variant} prefix={prefix} letters={letters} />
      ))}
    </svg>
  );
}
