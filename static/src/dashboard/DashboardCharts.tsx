import type { KpiView } from '../../../src/contract/api';
import { DeliveryProgressChart } from './DeliveryProgressChart';
import { KpiTrendChart } from './KpiTrendChart';
import { ValueEffortMatrix } from './ValueEffortMatrix';

/**
 * Charts where a manager would rather look than read: the value / effort matrix of the open
 * requirements, delivery progress over time (a burn-up from the daily snapshots) and each KPI's
 * trend against its target and due date. The page mounts them once the backlog has answered.
 */
export function DashboardCharts({ kpis, refresh }: { kpis: KpiView[]; refresh: number }) {
  return (
    <section aria-labelledby="pm-charts-h" className="pm-stack-sm">
      <h2 id="pm-charts-h" className="pm-h2">
        Charts
      </h2>
      <ValueEffortMatrix refresh={refresh} />
      <DeliveryProgressChart refresh={refresh} />
      {kpis.length ? (
        <div
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 16 }}
          aria-label="KPI trends"
          role="group"
        >
          {kpis.map((k) => (
            <KpiTrendChart key={k.key} kpi={k} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
