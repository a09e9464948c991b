// Figures of the import panel in words: speed, time left, counts per outcome.
import type { ImportOutcomeT } from '../../../../shared/contract';
import { formatCount } from '../../lib/format';
import type { ImportView } from './useImport';

type Outcome = ImportOutcomeT['outcome'];

/** "2 min 5 s", "40 s", "under a second". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 1) return 'under a second';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const h = Math.floor(m / 60);
  return `${h} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

export function formatRate(perSecond: number): string {
  if (perSecond >= 10) return `${formatCount(Math.round(perSecond))} files/s`;
  if (perSecond >= 1) return `${perSecond.toFixed(1)} files/s`;
  return `${(perSecond * 60).toFixed(perSecond * 60 >= 10 ? 0 : 1)} files/min`;
}

/** Counts per outcome; from the outcomes when the job reported them, else from its totals. */
export function tally(v: ImportView): Record<Outcome, number> {
  const t: Record<Outcome, number> = { imported: 0, reprint: 0, duplicate: 0, skipped: 0, failed: 0 };
  if (v.outcomes.length === 0) return { ...t, imported: v.imported, duplicate: v.duplicates, failed: v.failed };
  for (const o of v.outcomes) t[o.outcome]++;
  return t;
}
