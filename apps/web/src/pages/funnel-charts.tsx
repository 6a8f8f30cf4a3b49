import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { useEffect, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { funnelSteps, intentLabel, STEP_LABELS, type Funnel } from './funnel-figures';

// Only the parts these two bar charts use, so the bundle carries no other chart type.
ChartJS.register(CategoryScale, LinearScale, BarElement, Legend, Tooltip);

interface ChartColors {
  /** One per funnel step. */
  steps: string[];
  text: string;
  grid: string;
}

/** A canvas cannot use CSS variables: their values are read, so the charts follow the theme. */
function readChartColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const color = (name: string) => style.getPropertyValue(name).trim();
  return {
    steps: [color('--chart-1'), color('--chart-2'), color('--chart-3')],
    text: color('--ink'),
    grid: color('--line'),
  };
}

/** The theme's colours, read again when the system's scheme or the page's own theme changes. */
function useChartColors(): ChartColors {
  const [colors, setColors] = useState(readChartColors);
  useEffect(() => {
    const update = () => setColors(readChartColors());
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', update);
    const theme = new MutationObserver(update);
    theme.observe(document.documentElement, { attributes: true });
    return () => {
      scheme.removeEventListener('change', update);
      theme.disconnect();
    };
  }, []);
  return colors;
}

function chartOptions(colors: ChartColors, countAxis: 'x' | 'y'): ChartOptions<'bar'> {
  const axis = { ticks: { color: colors.text }, grid: { color: colors.grid } };
  const counts = { ...axis, beginAtZero: true, ticks: { ...axis.ticks, precision: 0 } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    indexAxis: countAxis === 'x' ? 'y' : 'x',
    scales: countAxis === 'x' ? { x: counts, y: axis } : { x: axis, y: counts },
    plugins: { legend: { labels: { color: colors.text } } },
  };
}

/** Started → got the email → created an account, as horizontal bars. */
export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const colors = useChartColors();
  const steps = funnelSteps(funnel.totals);
  const options = chartOptions(colors, 'x');
  return (
    <div className="chart">
      <Bar
        aria-label={describe(steps)}
        options={{ ...options, plugins: { legend: { display: false } } }}
        data={{
          labels: steps.map((step) => step.label),
          datasets: [
            {
              label: 'People',
              data: steps.map((step) => step.value),
              backgroundColor: colors.steps,
            },
          ],
        }}
      />
    </div>
  );
}

/** The same three steps for each intent, side by side. */
export function IntentChart({ funnel }: { funnel: Funnel }) {
  const colors = useChartColors();
  const groups = funnel.groups;
  const values = (index: number) => groups.map((group) => funnelSteps(group)[index]?.value ?? 0);
  return (
    <div className="chart">
      <Bar
        aria-label={`Sign-ups by intent: ${groups
          .map((group) => `${intentLabel(group.group)}: ${describe(funnelSteps(group))}`)
          .join('; ')}`}
        options={chartOptions(colors, 'y')}
        data={{
          labels: groups.map((group) => intentLabel(group.group)),
          datasets: STEP_LABELS.map((label, index) => ({
            label,
            data: values(index),
            backgroundColor: colors.steps[index],
          })),
        }}
      />
    </div>
  );
}

function describe(steps: { label: string; value: number }[]): string {
  return steps.map((step) => `${step.label} ${step.value}`).join(', ');
}
