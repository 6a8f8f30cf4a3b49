import { Notice } from '../components/messages';
import { FunnelChart, IntentChart } from './funnel-charts';
import {
  dropOffs,
  formatDuration,
  formatRate,
  intentLabel,
  STEP_LABELS,
  type Funnel,
  type FunnelFigures,
} from './funnel-figures';

export const NO_SIGNUPS =
  'No one started signing up in these days, so there is nothing to show yet. Choose other days, or come back once people have signed up.';

/** The funnel of the chosen days; an explanation instead of empty charts when nobody signed up. */
export function FunnelReport({ funnel }: { funnel: Funnel }) {
  if (funnel.totals.signups === 0) return <Notice>{NO_SIGNUPS}</Notice>;
  return (
    <>
      <Figures figures={funnel.totals} />
      <h2>Funnel</h2>
      <DropOffs figures={funnel.totals} />
      <FunnelChart funnel={funnel} />
      <h2>By intent</h2>
      <IntentChart funnel={funnel} />
      <IntentTable groups={funnel.groups} />
    </>
  );
}

function DropOffs({ figures }: { figures: FunnelFigures }) {
  return (
    <ul className="admin-drop-offs">
      {dropOffs(figures).map((step) => (
        <li key={step.to}>
          {step.from} → {step.to}:{' '}
          <strong>{step.rate === null ? '—' : `${formatRate(step.rate)} dropped off`}</strong>
        </li>
      ))}
    </ul>
  );
}

const [STARTED, GOT_EMAIL, CREATED] = STEP_LABELS;

/** One row per intent; on a phone each row stacks, every value under its column's name. */
function IntentTable({ groups }: { groups: Funnel['groups'] }) {
  const columns = [STARTED, GOT_EMAIL, CREATED, 'Conversion', 'Median time'];
  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">Intent</th>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => {
          const values = [
            group.signups,
            group.delivered,
            group.verified,
            formatRate(group.conversion_rate),
            formatDuration(group.median_verify_seconds),
          ];
          return (
            <tr key={group.group}>
              <th scope="row">{intentLabel(group.group)}</th>
              {values.map((value, index) => (
                <td key={columns[index]} data-label={columns[index]}>
                  {value}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Figures({ figures }: { figures: FunnelFigures }) {
  const items: [string, string | number][] = [
    [STARTED, figures.signups],
    [CREATED, figures.verified],
    ['Conversion', formatRate(figures.conversion_rate)],
    ['Median time to open the link', formatDuration(figures.median_verify_seconds)],
    ['Slowest 10% took over', formatDuration(figures.p90_verify_seconds)],
    ['Links that expired unused', figures.expired_unused],
    ['Links sent again', figures.resends],
    ['Emails not delivered', figures.failed_deliveries],
    ['Opened by a mail scanner', figures.scanner_hits],
  ];
  return (
    <dl className="admin-figures">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
