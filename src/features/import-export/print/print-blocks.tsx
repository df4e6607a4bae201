import type { AnnexBlock, AnnexCell, AnnexTable } from '@/export/annex/annex-model';
import type { SectionLabels } from './print-labels';

const TABLE_CLASS: Readonly<Record<AnnexTable['table'], string>> = {
  parties: 'print-parties',
  matrix: 'print-matrix',
  deviations: 'print-deviations',
  raci: 'print-raci',
  plan: 'print-plan',
  joint: 'print-joint',
  agreementSignatures: 'print-agreement-signatures',
};

function CellContent({ cell }: { cell: AnnexCell }) {
  return (
    <>
      <span className="print-pre">{cell.text}</span>
      {(cell.hints ?? []).map((hint) => (
        <span key={hint} className="print-hint print-cell-hint">
          {hint}
        </span>
      ))}
    </>
  );
}

function tintClass(cell: AnnexCell): string | undefined {
  return cell.tint ? `print-tint-${cell.tint}` : undefined;
}

function PrintTable({ block, label }: { block: AnnexTable; label: string | undefined }) {
  return (
    <table className={`print-table ${TABLE_CLASS[block.table]}`} aria-labelledby={label}>
      <thead>
        <tr>
          {block.header.map((cell, column) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns are fixed in order
            <th scope="col" key={column}>
              <CellContent cell={cell} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are rebuilt whole from the model
          <tr key={index}>
            {row.map((cell, column) =>
              column === 0 && block.rowHeaders ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns are fixed in order
                <th scope="row" key={column} className={tintClass(cell)}>
                  <CellContent cell={cell} />
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns are fixed in order
                <td key={column} className={tintClass(cell)}>
                  <CellContent cell={cell} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintFields({
  block,
  label,
}: {
  block: Extract<AnnexBlock, { kind: 'fields' }>;
  label: string | undefined;
}) {
  if (block.look === 'plain') {
    return (
      <dl className="print-fields">
        {block.rows.map(([name, value]) => (
          <div key={name} className="print-field">
            <dt>{name}</dt>
            <dd className="print-pre">{value}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <table className="print-table print-meta" aria-labelledby={label}>
      <tbody>
        {block.rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className="print-pre">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PARAGRAPH_CLASS = { body: undefined, note: 'print-hint', alert: 'print-hint print-alert' };
const LIST_CLASS = { body: undefined, compact: 'print-rules', note: 'print-rules print-hint' };

/** One block of the annex model as the browser prints it. */
export function PrintBlock({ block, labels }: { block: AnnexBlock; labels: SectionLabels }) {
  switch (block.kind) {
    case 'heading': {
      const id = labels.headingIds.get(block);
      return block.level === 1 ? <h2 id={id}>{block.text}</h2> : <h3 id={id}>{block.text}</h3>;
    }
    case 'paragraph':
      return <p className={PARAGRAPH_CLASS[block.tone]}>{block.text}</p>;
    case 'lines':
      return (
        <div className="print-legend">
          {block.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      );
    case 'list':
      return (
        <ul className={LIST_CLASS[block.tone]}>
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items have no id; the list is rebuilt whole
            <li key={index}>
              {item.text}
              {item.detail === undefined ? null : (
                <span className="print-hint print-detail">{` ${item.detail}`}</span>
              )}
            </li>
          ))}
        </ul>
      );
    case 'fields':
      return <PrintFields block={block} label={labels.tableLabels.get(block)} />;
    case 'table':
      return <PrintTable block={block} label={labels.tableLabels.get(block)} />;
    case 'signatures':
      return (
        <div className="print-signatures">
          {block.signatories.map((signatory, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blank signatories share a name
            <section key={index} className="print-signature" aria-label={signatory.name}>
              <p className="print-signatory">{signatory.name}</p>
              <p className="print-hint">{signatory.roles}</p>
              <p className="print-sign-line">{signatory.signatureLine}</p>
              <p className="print-sign-line">{signatory.dateLine}</p>
            </section>
          ))}
        </div>
      );
    case 'group':
      return (
        <div className={block.keep ? 'print-keep' : undefined}>
          <PrintBlocks blocks={block.blocks} labels={labels} />
        </div>
      );
  }
}

/** Blocks in order. */
export function PrintBlocks({
  blocks,
  labels,
}: {
  blocks: readonly AnnexBlock[];
  labels: SectionLabels;
}) {
  return blocks.map((block, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no id; a section is rebuilt whole
    <PrintBlock key={index} block={block} labels={labels} />
  ));
}
