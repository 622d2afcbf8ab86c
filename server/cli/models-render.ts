/** How the `models` command looks in a terminal. Every figure comes from agent/catalog. */
import { RUNS_ON_YOUR_SERVER, type OpenWeightFamily } from '../../agent/catalog/open-weight';
import { priceDataLabel } from '../../agent/catalog/price-data';
import {
  CAPABILITY_LABELS,
  FLAG_CAPABILITIES,
  PROVIDER_NAMES,
  atAGlance,
  describeLifecycle,
  formatCount,
  formatUsd,
  getCatalog,
  imagePriceRange,
  lifecycleStatus,
  type Comparison,
  type CostEstimate,
  type ModelFacts,
  type ModelKind,
  type RecommendationResult,
} from '../../agent/catalog/index';
import { bold, dim, type CliIo } from './cli-io';
import { renderTable, wrap } from './table';

const FOOTNOTE = 'Prices in USD; token prices per 1M tokens. Facts and their sources: agent/catalog/models.json.';

/** "1.05M", "400k", "65.5k", "512". */
function compactTokens(n: number | null): string {
  if (n === null) return '—';
  if (n >= 1_000_000) return `${Number((n / 1_000_000).toPrecision(3))}M`;
  if (n >= 1_000) return `${Number((n / 1_000).toPrecision(3))}k`;
  return String(n);
}

function tokenPricesCompact(m: ModelFacts): string {
  const p = m.pricing;
  if (p.input === null && p.output === null) return '—';
  const pair = (i: number | null, o: number | null) => `${i === null ? '—' : formatUsd(i)} / ${o === null ? '—' : formatUsd(o)}`;
  const tier = p.longContextTier;
  if (!tier) return pair(p.input, p.output);
  const k = compactTokens(tier.thresholdInputTokens);
  return `${pair(p.input, p.output)} ≤${k}\n${pair(tier.input, tier.output)} >${k}`;
}

function perImageCompact(m: ModelFacts): string {
  const range = imagePriceRange(m);
  if (!range) return '—';
  return range.min.price === range.max.price ? formatUsd(range.min.price) : `${formatUsd(range.min.price)}–${formatUsd(range.max.price)}`;
}

function statusCompact(m: ModelFacts, now: Date): string {
  const status = lifecycleStatus(m, now);
  const date = m.lifecycle.shutdownDate;
  if (status === 'shutdown') return date ? `shut down ${date}` : 'shut down';
  return date ? `ends ${date}` : status;
}

function heading(io: CliIo, text: string): string {
  return bold(io, text);
}

function bullets(items: readonly string[], width: number, indent = 2): string[] {
  return items.flatMap((item) =>
    wrap(item, width - indent - 2, false).map((line, i) => `${' '.repeat(indent)}${i === 0 ? '• ' : '  '}${line}`),
  );
}

const yesNo = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : '?');

/** Each kind gets the columns that matter for it. */
const LIST_COLUMNS: Record<ModelKind, { header: string[]; cells: (m: ModelFacts) => string[]; right: number[] }> = {
  text: {
    header: ['Model', 'Provider', 'Max in', 'Max out', 'In / out per 1M', 'Tools', 'Status'],
    cells: (m) => [
      compactTokens(m.maxInputTokens ?? m.contextWindow),
      compactTokens(m.maxOutputTokens),
      tokenPricesCompact(m),
      yesNo(m.capabilities.functionCalling),
    ],
    right: [2, 3],
  },
  image: {
    header: ['Model', 'Provider', 'Text in/1M', 'Per image', 'Edits', 'Status'],
    cells: (m) => [m.pricing.input === null ? '—' : formatUsd(m.pricing.input), perImageCompact(m), yesNo(m.capabilities.imageEdits)],
    right: [],
  },
  embedding: {
    header: ['Model', 'Provider', 'Max input', 'Dimensions', 'Per 1M tokens', 'Status'],
    cells: (m) => [
      compactTokens(m.maxInputTokens),
      m.embeddingDimensions === null ? '—' : formatCount(m.embeddingDimensions),
      m.pricing.input === null ? '—' : formatUsd(m.pricing.input),
    ],
    right: [2, 3],
  },
};

export function renderList(
  io: CliIo,
  models: readonly ModelFacts[],
  now: Date,
  hidden: number,
  asOf: string,
  families: readonly OpenWeightFamily[] = [],
): string {
  const lines = [
    heading(io, `${models.length} model${models.length === 1 ? '' : 's'}`) +
      dim(io, `  (facts as of ${asOf}; status on ${now.toISOString().slice(0, 10)})`),
  ];
  for (const kind of Object.keys(LIST_COLUMNS) as ModelKind[]) {
    const ofKind = models.filter((m) => m.kind === kind);
    if (ofKind.length === 0) continue;
    const { header, cells, right } = LIST_COLUMNS[kind];
    const rows = ofKind.map((m) => [m.id, PROVIDER_NAMES[m.provider], ...cells(m), statusCompact(m, now)]);
    lines.push(
      '',
      heading(io, `${kind[0]!.toUpperCase()}${kind.slice(1)} models`),
      ...renderTable(header, rows, { indent: 2, alignRight: right, maxWidth: io.width }),
    );
  }
  if (families.length > 0) {
    const rows = families.map((f) => [f.displayName, f.maker, f.hostedIds.join(', ')]);
    lines.push(
      '',
      heading(io, `Runs on your server: open-weight families, ${RUNS_ON_YOUR_SERVER}`),
      ...renderTable(['Family', 'Maker', 'Hosted as (price data)'], rows, { indent: 2, maxWidth: io.width }),
    );
  }
  lines.push('', dim(io, FOOTNOTE));
  if (hidden > 0) lines.push(dim(io, `${hidden} shut-down model${hidden === 1 ? '' : 's'} hidden; --all shows them.`));
  return `${lines.join('\n')}\n`;
}

function perImageGrid(m: ModelFacts): string[] {
  const table = m.pricing.perImage;
  if (!table) return [];
  const sizes = [...new Set(Object.values(table).flatMap((row) => Object.keys(row)))];
  const rows = Object.entries(table).map(([quality, row]) => [
    quality,
    ...sizes.map((s) => (row[s] === undefined ? '—' : formatUsd(row[s]))),
  ]);
  return renderTable(['Quality', ...sizes], rows, { indent: 2, alignRight: sizes.map((_, i) => i + 1) });
}

export function renderShow(io: CliIo, m: ModelFacts, now: Date, asOf: string): string {
  // One model: rows with nothing to say are left out, capabilities get their own section.
  const glance = atAGlance([m], now).filter((row) => !['Model id', 'Capabilities'].includes(row.label) && row.values[0] !== '—');
  const capabilityRows = FLAG_CAPABILITIES.map((c) => {
    const value = m.capabilities[c];
    return [CAPABILITY_LABELS[c], value === true ? 'yes' : value === false ? 'no' : 'unknown'];
  });
  const { reasoningLevels, reasoningDefault, thinkingBudgetTokens } = m.capabilities;
  if (reasoningLevels)
    capabilityRows.push(['reasoning levels', `${reasoningLevels.join(', ')}${reasoningDefault ? ` (default ${reasoningDefault})` : ''}`]);
  if (thinkingBudgetTokens)
    capabilityRows.push(['thinking budget', `${formatCount(thinkingBudgetTokens.min)}–${formatCount(thinkingBudgetTokens.max)} tokens`]);

  const lines = [
    `${heading(io, m.displayName)}  ${dim(io, m.id)}`,
    `${PROVIDER_NAMES[m.provider]} ${m.kind} model, ${describeLifecycle(m, now)}.`,
    '',
    ...renderTable(
      null,
      glance.map((r) => [r.label, r.values[0] ?? '']),
      { indent: 2, maxWidth: io.width },
    ),
  ];
  const grid = perImageGrid(m);
  if (grid.length > 0) lines.push('', heading(io, 'Per-image prices (USD per generated image)'), ...grid);
  lines.push('', heading(io, 'Capabilities'), ...renderTable(null, capabilityRows, { indent: 2, maxWidth: io.width }));
  if (m.strengths.length > 0)
    lines.push(
      '',
      heading(io, 'Strengths'),
      ...bullets(
        m.strengths.map((s) => s.text),
        io.width,
      ),
    );
  const names = [...m.aliases, ...(m.snapshots ?? []).filter((s) => s !== m.id)];
  if (names.length > 0) lines.push('', heading(io, 'Also known as'), ...wrap(names.join(', '), io.width - 2).map((l) => `  ${l}`));
  const { successor } = m.lifecycle;
  const lifecycle = [
    m.lifecycle.note,
    m.lifecycle.source ? `Source: ${m.lifecycle.source}${m.lifecycle.sourceDate ? ` (read ${m.lifecycle.sourceDate})` : ''}` : null,
    successor ? `Successor: ${successor.id} (${successor.source}, read ${successor.sourceDate})` : null,
  ].filter((s): s is string => Boolean(s));
  if (lifecycle.length > 0) lines.push('', heading(io, 'Lifecycle'), ...bullets(lifecycle, io.width));
  if (m.notes.length > 0) lines.push('', heading(io, 'Notes'), ...bullets(m.notes, io.width));
  lines.push(
    '',
    heading(io, 'Sources'),
    ...bullets([`main: ${m.source}`, ...Object.entries(m.fieldSources).map(([field, src]) => `${field}: ${src}`)], io.width),
  );
  lines.push('', dim(io, `${FOOTNOTE} Facts as of ${asOf}; token prices from ${priceDataLabel()}.`));
  return `${lines.join('\n')}\n`;
}

function costRows(estimates: readonly CostEstimate[]): string[][] {
  return estimates.flatMap((e) => {
    const period = e.period === 'month' ? '/month' : '';
    const total = e.lines.length === 0 ? 'n/a' : `${formatUsd(e.total)}${period}${e.complete ? '' : ' (part)'}`;
    const detail = [...e.lines.map((l) => l.explanation), ...e.unpriced.map((u) => `not priced: ${u}`), ...e.notes];
    return [[e.modelId, total, detail.map((d) => `• ${d}`).join('\n') || 'nothing to price']];
  });
}

export function renderCost(io: CliIo, estimate: CostEstimate, workloadText: string): string {
  const lines = [
    `${heading(io, `${estimate.displayName}`)}  ${dim(io, estimate.modelId)}`,
    `Workload: ${workloadText}`,
    '',
    ...renderTable(
      ['Item', 'Quantity', 'Unit price', 'Subtotal'],
      estimate.lines.map((l) => [
        l.item,
        `${formatCount(l.quantity)} ${l.unit}`,
        l.per === 1 ? `${formatUsd(l.unitPrice)} each` : `${formatUsd(l.unitPrice)} per 1M`,
        formatUsd(l.subtotal),
      ]),
      { indent: 2, alignRight: [1, 2, 3], maxWidth: io.width },
    ),
    '',
    bold(
      io,
      `Total: ${formatUsd(estimate.total)}${estimate.period === 'month' ? ' a month' : ' for one request'}${estimate.complete ? '' : ' (partial: see below)'}`,
    ),
  ];
  const why = [...estimate.lines.map((l) => l.explanation), ...estimate.unpriced.map((u) => `Not priced: ${u}`), ...estimate.notes];
  if (why.length > 0) lines.push('', heading(io, 'How it adds up'), ...bullets(why, io.width));
  lines.push('', dim(io, FOOTNOTE));
  return `${lines.join('\n')}\n`;
}

export function renderComparison(io: CliIo, c: Comparison, workloadText: string | null): string {
  const names = c.models.map((m) => m.displayName);
  const lines = [
    heading(io, names.join('  vs  ')) + dim(io, `  (facts as of ${c.asOf}; status on ${c.evaluatedOn})`),
    '',
    ...renderTable(
      ['', ...names],
      c.table.map((r) => [r.label, ...r.values]),
      { maxWidth: io.width },
    ),
    '',
  ];
  const priced = c.models.map((m) => getCatalog().require(m.id)).filter((m) => m.pricing.perImage !== null);
  if (priced.length > 0) {
    lines.push(heading(io, 'Per-image prices (USD per generated image)'));
    for (const m of priced) lines.push(`  ${m.displayName}`, ...perImageGrid(m).map((l) => `  ${l}`), '');
  }
  lines.push(heading(io, 'Differences'), ...bullets(c.differences, io.width), '', heading(io, 'Strengths'));
  const depth = Math.max(...c.strengths.map((s) => s.strengths.length));
  const strengthRows = Array.from({ length: depth }, (_, i) => c.strengths.map((s) => (s.strengths[i] ? `• ${s.strengths[i]}` : '')));
  lines.push(...renderTable(names, strengthRows, { indent: 2, maxWidth: io.width, keepWidth: [] }));
  if (c.costs && workloadText) {
    lines.push('', heading(io, `Cost of ${workloadText}`));
    lines.push(...renderTable(['Model', 'Total', 'Breakdown'], costRows(c.costs), { indent: 2, alignRight: [1], maxWidth: io.width }));
    if (c.costSummary.length > 0) lines.push('', ...bullets(c.costSummary, io.width));
  }
  lines.push('', dim(io, FOOTNOTE));
  return `${lines.join('\n')}\n`;
}

export function renderRecommendation(io: CliIo, task: string, understood: readonly string[], r: RecommendationResult): string {
  const lines = [
    `${heading(io, 'Task:')} ${task}`,
    '',
    heading(io, 'Understood as'),
    ...bullets(understood, io.width),
    '',
    heading(io, `Ranked by ${r.preference}: ${r.candidates} model${r.candidates === 1 ? ' meets' : 's meet'} every requirement`),
    ...wrap(r.rule, io.width - 2).map((l) => `  ${dim(io, l)}`),
    '',
    ...renderTable(
      ['#', 'Model', 'Provider', r.workload.requestsPerMonth === undefined ? 'Per request' : 'Per month', 'Score'],
      r.recommendations.map((x) => [
        String(x.rank),
        x.modelId,
        PROVIDER_NAMES[x.provider],
        x.monthlyCost === null ? 'n/a' : formatUsd(x.monthlyCost),
        String(x.capabilityScore),
      ]),
      { indent: 2, alignRight: [0, 3, 4], maxWidth: io.width },
    ),
  ];
  for (const x of r.recommendations) {
    lines.push(
      '',
      `${bold(io, `${x.rank}. ${x.displayName}`)}  ${dim(io, x.modelId)}`,
      ...bullets([...x.reasons, ...x.warnings.map((w) => `Caution: ${w}`)], io.width),
    );
  }
  lines.push(
    '',
    ...wrap(`Costs are for ${r.workloadText}${r.workloadAssumed ? ' (assumed)' : ''}. ${FOOTNOTE}`, io.width).map((l) => dim(io, l)),
  );
  return `${lines.join('\n')}\n`;
}
