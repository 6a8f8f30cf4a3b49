import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { funnelSteps, type Funnel } from './funnel-figures';

// Only the parts these two bar charts use, so the bundle carries no other chart type.
ChartJS.register(CategoryScale, LinearScale, BarElement, Legend, Tooltip);

const COLORS = ['#2f5bd3', '#4f8a5b', '#c77d1a'];

const baseOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
} as const;

/** Signed up → delivered → verified, as horizontal bars. */
export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const steps = funnelSteps(funnel.totals);
  const options: ChartOptions<'bar'> = {
    ...baseOptions,
    indexAxis: 'y',
    plugins: { legend: { display: false } },
  };
  return (
    <div className="chart">
      <Bar
        aria-label={describe(steps)}
        options={options}
        data={{
          labels: steps.map((step) => step.label),
          datasets: [
            { label: 'Sign-ups', data: steps.map((step) => step.value), backgroundColor: COLORS },
          ],
        }}
      />
    </div>
  );
}

/** The same three steps for each intent, side by side. */
export function IntentChart({ funnel }: { funnel: Funnel }) {
  const groups = funnel.groups;
  const steps = ['Signed up', 'Email delivered', 'Verified'] as const;
  const values = (index: number) => groups.map((group) => funnelSteps(group)[index]?.value ?? 0);
  const options: ChartOptions<'bar'> = {
    ...baseOptions,
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  };
  return (
    <div className="chart">
      <Bar
        aria-label={`Sign-ups by intent: ${groups
          .map((group) => `${group.group}: ${describe(funnelSteps(group))}`)
          .join('; ')}`}
        options={options}
        data={{
          labels: groups.map((group) => group.group),
          datasets: steps.map((label, index) => ({
            label,
            data: values(index),
            backgroundColor: COLORS[index],
          })),
        }}
      />
    </div>
  );
}

function describe(steps: { label: string; value: number }[]): string {
  return steps.map((step) => `${step.label} ${step.value}`).join(', ');
}
