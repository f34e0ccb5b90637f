import type { BacklogFilter, KpiStatus, ReadinessView, StatusCategory } from '../../../src/contract/api';
import { HIDDEN_ITEM_TEXT } from './hidden-item';

type BacklogMoscow = NonNullable<BacklogFilter['moscow']>;

/** Readiness in words (the list is the domain's READINESS_STATES). */
export const READINESS_LABEL: Record<ReadinessView['level'], string> = {
  ready: 'Ready',
  partial: 'Partly ready',
  'not-ready': 'Not ready',
};

/** MoSCoW's categories in words (the list is the domain's MOSCOW_CATEGORIES; the record keeps every one named). */
export const MOSCOW_LABEL: Record<BacklogMoscow, string> = {
  must: 'Must have',
  should: 'Should have',
  could: 'Could have',
  wont: 'Won’t have',
};

export const KPI_STATUS_LABEL: Record<KpiStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-data': 'No data',
};

export const STATUS_CATEGORY_LABEL: Record<StatusCategory, string> = {
  new: 'To do',
  indeterminate: 'In progress',
  done: 'Done',
};

const nf = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const nf1 = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const nfSmall = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 2 });

/**
 * A number for reading: up to `digits` decimals, but a value below 1 keeps two significant digits
 * so a small score is not shown as 0 (a RICE of 0.003 is "0.003", not "0.00").
 */
export function formatNumber(value: number | undefined | null, digits = 2): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  if (value !== 0 && Math.abs(value) < 1) return nfSmall.format(value);
  return digits === 1 ? nf1.format(value) : nf.format(value);
}

/**
 * `part` of `whole` as a percentage (whole = 1 reads `part` as a 0..1 share). Whole percents, but
 * never 100% unless all of it and never 0% unless none: 199 of 200 is "99.5%", 1,999 of 2,000
 * "99.9%", 1 of 2,000 "0.05%".
 */
export function formatPercent(part: number, whole = 1): string {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return '—';
  const p = Math.max(0, Math.min(100, (part / whole) * 100));
  const whole100 = Math.round(p);
  if (whole100 === 100 && p < 100) {
    const d = Math.floor(p * 10) / 10;
    return d < 100 ? `${nf1.format(d)}%` : '>99.9%';
  }
  if (whole100 === 0 && p > 0) {
    const d = Math.ceil(p * 100) / 100;
    return d < 0.1 ? `${nfSmall.format(d)}%` : `${nf1.format(Math.ceil(p * 10) / 10)}%`;
  }
  return `${whole100}%`;
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function relativeTime(iso: string | undefined, now = Date.now()): string {
  if (!iso) return '';
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return '';
  const s = Math.round((now - t) / 1000);
  if (s < 45) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h} h ago`;
  const d = Math.round(h / 24);
  return `${d} day${d === 1 ? '' : 's'} ago`;
}

/** Shows a stored value (history, conflicts) in words. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'empty';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join(', ') : 'none';
  // History names a linked item the user cannot browse only as `{hidden: true}`.
  if (typeof value === 'object' && (value as { hidden?: unknown }).hidden === true) return HIDDEN_ITEM_TEXT;
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${k} ${describeValue(v)}`);
    return parts.length ? parts.join(', ') : 'empty';
  }
  return String(value);
}
