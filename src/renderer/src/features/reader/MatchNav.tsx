// "n matches" with previous/next. In the original layout the frame runs no scripts, so the
// parent moves through the marks by a same-document fragment navigation (about:srcdoc#mN),
// which scrolls the frame and lets the frame's own CSS (:target) show which match is current.
// In the Text mode the caller scrolls its own marks (`jump`).

interface Props {
  /** Brings match n into view. */
  jump(n: number): void;
  matches: number;
  /** 1-based index of the current match, 0 before the first jump. */
  current: number;
  onCurrent(n: number): void;
}

export function jumpInFrame(frame: HTMLIFrameElement | null, n: number): void {
  try {
    const w = frame?.contentWindow;
    if (w) w.location.href = `about:srcdoc#m${n}`;
  } catch {
    // Some shells refuse frame navigation; the count alone is still useful.
  }
}

export function MatchNav({ jump, matches, current, onCurrent }: Props) {
  if (matches === 0) return null;

  function go(delta: number): void {
    const next = current === 0 ? (delta > 0 ? 1 : matches) : ((current - 1 + delta + matches) % matches) + 1;
    onCurrent(next);
    jump(next);
  }

  return (
    <div className="match-nav" role="group" aria-label="Search matches">
      <span className="match-count" data-testid="reader-match-count">
        {current > 0 ? `${current} of ${matches}` : `${matches} ${matches === 1 ? 'match' : 'matches'}`}
      </span>
      <button type="button" className="icon-button" aria-label="Previous match" title="Previous match" onClick={() => go(-1)}>
        ↑
      </button>
      <button type="button" className="icon-button" aria-label="Next match" title="Next match" onClick={() => go(1)}>
        ↓
      </button>
    </div>
  );
}
