/**
 * The Spend page's charts, drawn with Chart.js (bundled by esbuild from node_modules, never a
 * CDN). Only the parts the page uses are registered, so the bundle carries nothing else.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { formatUsd } from '../../agent/catalog/money';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const ACCENT = '#4f46e5';
const MUTED = '#c7d2fe';

export interface Series {
  labels: string[];
  /** USD actually spent. */
  spent: number[];
  /** USD that dry runs would have cost (drawn apart); null to leave out. */
  dryRun: number[] | null;
}

const charts = new Map<string, Chart>();

/** Draws (or redraws) a bar chart of USD on the canvas with this id; `horizontal` for long names. */
export function drawBars(canvasId: string, series: Series, horizontal = false): void {
  charts.get(canvasId)?.destroy();
  const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
  const datasets = [{ label: 'Spent', data: series.spent, backgroundColor: ACCENT, borderRadius: 3, maxBarThickness: 36 }];
  if (series.dryRun?.some((v) => v > 0))
    datasets.push({ label: 'Dry runs (not spent)', data: series.dryRun, backgroundColor: MUTED, borderRadius: 3, maxBarThickness: 36 });
  const money = (value: number | string) => formatUsd(Number(value));
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: { labels: series.labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: datasets.length > 1, position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${money(item.parsed[horizontal ? 'x' : 'y'] ?? 0)}` } },
      },
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { callback: money } },
        [horizontal ? 'y' : 'x']: { grid: { display: false } },
      },
    },
  };
  charts.set(canvasId, new Chart(canvas, config));
}
