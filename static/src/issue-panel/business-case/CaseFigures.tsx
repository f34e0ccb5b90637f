import type { BusinessCaseView } from '../../../../src/contract/views-business-case';
import { SectionMessage } from '../../shared/native';
import { formatNumber } from '../../shared/format';
import { CashFlowChart } from './CashFlowChart';
import { formatMoney, formatPayback, periodWord } from './money';

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="pm-card" data-testid={testId}>
      <div className="pm-tile-label">{label}</div>
      <div className="pm-tile-value pm-num">{value}</div>
    </div>
  );
}

/** The computed figures (as read now), what they leave out, and the cumulative cash flow. */
export function CaseFigures({ view }: { view: BusinessCaseView }) {
  const { figures, problems, warnings } = view.evaluation;
  const { currency, periodMonths, horizonPeriods, yearlyDiscountRate } = view.settings;
  const money = (n: number) => formatMoney(n, currency);
  return (
    <section className="pm-stack-sm" aria-labelledby="bc-figures">
      <h3 id="bc-figures" className="pm-h3">
        Figures
      </h3>
      {problems.length > 0 ? (
        <SectionMessage appearance="error" title="No figures yet">
          <ul style={{ paddingLeft: 18, listStyle: 'disc' }}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </SectionMessage>
      ) : null}
      {figures ? (
        <>
          <p className="pm-small pm-muted">
            Effort {formatNumber(view.effort.total)} points over {view.effort.issues} issues ×{' '}
            {money(view.settings.costPerEffortUnit)} a point; NPV at {formatNumber(yearlyDiscountRate * 100)} % a year
            over {horizonPeriods} {periodWord(periodMonths, horizonPeriods)}. Recomputed each time you open it.
          </p>
          <div className="pm-tiles">
            <Tile testId="bc-investment" label="Investment" value={money(figures.investment.total)} />
            <Tile
              testId="bc-benefit"
              label={`Planned benefit a ${periodWord(periodMonths, 1)}`}
              value={money(figures.planned.benefitPerPeriod)}
            />
            <Tile testId="bc-npv" label="NPV (planned)" value={money(figures.planned.npv)} />
            <Tile
              testId="bc-payback"
              label="Payback (planned)"
              value={formatPayback(figures.planned.payback, periodMonths, horizonPeriods)}
            />
            <Tile testId="bc-npv-today" label="NPV at today's KPI levels" value={money(figures.current.npv)} />
            <Tile
              testId="bc-payback-today"
              label="Payback at today's levels"
              value={formatPayback(figures.current.payback, periodMonths, horizonPeriods)}
            />
          </div>
          <p className="pm-small pm-muted">
            Investment: effort {money(figures.investment.effortCost)} + one-off costs{' '}
            {money(figures.investment.oneOffCosts)}; recurring costs {money(figures.recurringCostPerPeriod)} a{' '}
            {periodWord(periodMonths, 1)}.
          </p>
          <CashFlowChart
            planned={figures.planned}
            current={figures.current}
            currency={currency}
            periodMonths={periodMonths}
          />
        </>
      ) : null}
      {warnings.length > 0 ? (
        <div role="status" data-testid="bc-warnings">
          <SectionMessage appearance="warning" title="What these figures leave out">
            <ul style={{ paddingLeft: 18, listStyle: 'disc' }}>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      ) : null}
    </section>
  );
}
