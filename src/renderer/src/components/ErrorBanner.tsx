// Non-blocking error messages. Anything that fails calls `useReportError()(e)`; the banner
// shows the library's own sentence and never covers the work underneath for long.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/errors';

interface Notice {
  id: number;
  text: string;
}

const Ctx = createContext<(e: unknown) => void>(() => {});

export function useReportError(): (e: unknown) => void {
  return useContext(Ctx);
}

let nextId = 1;

export function ErrorProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);

  const report = useCallback((e: unknown) => {
    const text = errorMessage(e);
    // The library's own refusals are expected; anything else is a bug worth a loud log.
    if (e instanceof ApiError) console.warn(`${e.channel}: ${e.message}`);
    else console.error(e);
    setNotices((list) => {
      // The same failure repeated (a retrying list, say) shows once.
      if (list.some((n) => n.text === text)) return list;
      return [...list.slice(-3), { id: nextId++, text }];
    });
  }, []);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const value = useMemo(() => report, [report]);

  return (
    <Ctx.Provider value={value}>
      {children}
      {notices.length > 0 && (
        <div className="toasts" role="alert" aria-live="assertive" data-testid="error-banner">
          {notices.map((n) => (
            <div key={n.id} className="toast toast-error">
              <span className="toast-icon" aria-hidden="true">!</span>
              <span className="toast-text">{n.text}</span>
              <button type="button" className="icon-button" aria-label="Dismiss this message" onClick={() => dismiss(n.id)}>
                ×
              </button>
            </div>
          ))}
        </div>
      )}
    </Ctx.Provider>
  );
}
