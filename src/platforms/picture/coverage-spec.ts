/**
 * The coverage picture as a Vega-Lite specification: key facts and disagreements down the side, outlets across the
 * top, and in each cell whether that outlet reports the claim and whom it attributes it to (or, for a disagreement,
 * the value it gives). Rows are numbered as in the compact message. Pure: the digest in, a spec out.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Digest, Fact, SourceRef } from '../../engine/index.ts';
import { compactDigest, valueText } from '../compact.ts';
import { wrap } from './wrap.ts';

/** Most columns shown; further outlets (those contributing fewest facts) are named as left out in the subtitle. */
export const MAX_OUTLETS = 10;
const LABEL_WIDTH = 340;
const CELL_WIDTH = 124;
const ROW_HEIGHT = 56;
/** Characters per line that fit in the label column and a cell at the font sizes below (DejaVu Sans, ~0.6 em a character). */
const LABEL_CHARS = 44;
const CELL_CHARS = 16;
/** Lines a label, a cell and a column header may take; three lines of each fit in a row (56 px) or above the cells. */
const MAX_LINES = 3;
const LABEL_LINE = 15;
const CELL_LINE = 13;
const HEADER_LINE = 14;
const FONT = 'DejaVu Sans, Verdana, Arial, Helvetica, sans-serif';

type CellState = 'Corroborated' | 'Single source' | 'Outlets disagree' | 'Updated figure' | 'Not reported';
const STATES: CellState[] = ['Corroborated', 'Single source', 'Outlets disagree', 'Updated figure', 'Not reported'];
const COLORS = ['#2e7d32', '#607d8b', '#c62828', '#ef6c00', '#eceff1'];

interface Cell {
  row: string;
  outlet: string;
  state: CellState;
  text: string[];
}

const cell = (row: string, outlet: string, state: CellState, text: string[]): Cell => ({ row, outlet: header(outlet), state, text });

/**
 * A text mark whose lines, however many, are centred on the row: Vega draws the first line at the anchor and the
 * others below it, so a three-line label would hang a line and a half under its row. One layer per line count,
 * each raised by half its extra lines.
 */
function centred(field: 'label' | 'text', mark: { type: 'text'; lineHeight: number } & Record<string, unknown>) {
  return Array.from({ length: MAX_LINES }, (_, i) => ({
    transform: [{ filter: `length(datum.${field}) ${i + 1 < MAX_LINES ? '===' : '>='} ${i + 1}` }],
    mark: { ...mark, dy: (-i * mark.lineHeight) / 2 },
  }));
}

/** Whom an outlet attributes a fact to: the fact's own speaker if that outlet names it, else its first named source. */
function speakerAt(sources: SourceRef[], attributedTo: string | null): string | null {
  if (attributedTo && sources.some((s) => s.speaker === attributedTo)) return attributedTo;
  return sources.find((s) => s.speaker)?.speaker ?? null;
}

/** The outlets shown as columns: in the digest's order, the busiest ones when there are too many. */
function columns(d: Digest): { shown: string[]; hidden: number } {
  const all = [...new Set(d.sources.map((s) => s.outlet))];
  if (all.length <= MAX_OUTLETS) return { shown: all, hidden: 0 };
  const facts = new Map(all.map((o) => [o, d.sources.filter((s) => s.outlet === o).reduce((n, s) => n + s.facts, 0)]));
  const keep = new Set([...all].sort((a, b) => facts.get(b)! - facts.get(a)!).slice(0, MAX_OUTLETS));
  return { shown: all.filter((o) => keep.has(o)), hidden: all.length - keep.size };
}

/** A column's header: the outlet's name on up to three lines (the axis splits the label at the newline). */
const header = (outlet: string) => wrap(outlet, CELL_CHARS, MAX_LINES).join('\n');

function factCells(row: string, f: Fact, outlets: string[]): Cell[] {
  return outlets.map((outlet) => {
    const here = f.sources.filter((s) => s.outlet === outlet);
    if (!here.length) return cell(row, outlet, 'Not reported', []);
    const who = speakerAt(here, f.attributed_to);
    return cell(row, outlet, f.status === 'corroborated' ? 'Corroborated' : 'Single source', wrap(who ?? 'own report', CELL_CHARS, MAX_LINES));
  });
}

/** The Vega-Lite specification of a digest's coverage picture. */
export function coverageSpec(d: Digest): TopLevelSpec {
  const compact = compactDigest(d);
  const { shown: outlets, hidden } = columns(d);
  const rows: { row: string; label: string[] }[] = [];
  const addRow = (row: string, text: string) => rows.push({ row, label: wrap(text, LABEL_CHARS, MAX_LINES) });
  const cells: Cell[] = [];
  for (const f of compact.facts) {
    const row = `f${f.n}`;
    addRow(row, `${f.n}. ${f.text}`);
    cells.push(...factCells(row, f.fact, outlets));
  }
  compact.conflicts.forEach((c, i) => {
    const row = `c${i + 1}`;
    addRow(row, c.topic);
    for (const outlet of outlets) {
      const values = c.conflict.values.filter((v) => v.sources.some((s) => s.outlet === outlet));
      const text = values.map(valueText).join(' / ');
      cells.push(cell(row, outlet, values.length ? (c.conflict.kind === 'update' ? 'Updated figure' : 'Outlets disagree') : 'Not reported', values.length ? wrap(text, CELL_CHARS, MAX_LINES) : []));
    }
  });
  const order = rows.map((r) => r.row);
  const y = { field: 'row', type: 'nominal', sort: order, axis: null, scale: { paddingInner: 0.12 } } as const;
  const subtitle = [
    `${compact.tagline}. Each cell: whom that outlet attributes the claim to, or the value it gives.`,
    ...(hidden ? [`${hidden} more outlet${hidden === 1 ? '' : 's'} with fewer facts not shown.`] : []),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: wrap(compact.title, 90, 2), subtitle, anchor: 'start', fontSize: 17, subtitleFontSize: 12, subtitleColor: '#455a64', offset: 14 },
    // No background of its own: the PNG is trimmed to what is drawn and given a white one.
    background: 'transparent',
    // Lay out by the declared sizes: Vega's own text measure (0.8 em a character) would leave wide gaps.
    bounds: 'flush',
    spacing: 12,
    padding: 16,
    config: { font: FONT, view: { stroke: null }, axis: { labelFont: FONT }, legend: { labelFont: FONT, titleFont: FONT }, title: { font: FONT, subtitleFont: FONT } },
    hconcat: [
      {
        width: LABEL_WIDTH,
        height: { step: ROW_HEIGHT },
        data: { values: rows },
        encoding: { y, x: { value: 0 }, text: { field: 'label' } },
        layer: centred('label', { type: 'text', align: 'left', baseline: 'middle', fontSize: 13, lineHeight: LABEL_LINE, color: '#263238' }),
      },
      {
        width: { step: CELL_WIDTH },
        height: { step: ROW_HEIGHT },
        data: { values: cells },
        encoding: {
          y,
          x: {
            field: 'outlet',
            type: 'nominal',
            sort: outlets.map(header),
            scale: { paddingInner: 0.06 },
            title: null,
            axis: {
              orient: 'top', labelAngle: 0, labelLimit: 0, labelFontSize: 12, labelFontWeight: 'bold', labelColor: '#263238', labelLineHeight: HEADER_LINE,
              labelBaseline: 'bottom', labelExpr: `split(datum.label, '\\n')`, domain: false, ticks: false, labelPadding: 8,
              // A header's last line sits just above its column; the lines before it are raised, not hung into the
              // cells below as Vega would draw them.
              encoding: { labels: { dy: { value: { expr: `-(length(split(datum.value, '\\n')) - 1) * ${HEADER_LINE}` } } } },
            },
          },
        },
        layer: [
          {
            mark: { type: 'rect', cornerRadius: 3 },
            encoding: {
              color: {
                field: 'state',
                type: 'nominal',
                scale: { domain: STATES, range: COLORS },
                legend: { values: STATES.filter((s) => cells.some((c) => c.state === s)), orient: 'bottom', direction: 'horizontal', title: null, labelFontSize: 12, symbolType: 'square', symbolSize: 160, columns: 5, labelLimit: 0 },
              },
            },
          },
          ...centred('text', { type: 'text', fontSize: 12, lineHeight: CELL_LINE, baseline: 'middle' }).map((l) => ({
            ...l,
            encoding: { text: { field: 'text' }, color: { condition: { test: "datum.state === 'Not reported'", value: '#90a4ae' }, value: '#ffffff' } },
          })),
        ],
      },
    ],
    resolve: { scale: { y: 'shared' } },
  } as TopLevelSpec;
}

