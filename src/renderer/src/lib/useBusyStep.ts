// A panel's "one action at a time": `busy` while an action runs (its buttons are disabled on it),
// and an action's failure reported instead of thrown, so the panel stays usable.
import { useState } from 'react';

export interface BusyStep {
  busy: boolean;
  step(fn: () => Promise<void>): Promise<void>;
}

export function useBusyStep(report: (e: unknown) => void): BusyStep {
  const [busy, setBusy] = useState(false);

  async function step(fn: () => Promise<void>): Promise<void> {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  return { busy, step };
}
