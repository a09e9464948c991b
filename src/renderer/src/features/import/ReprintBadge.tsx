// "Reprint of …": shown in the reader header when the importer found that this article is
// probably a reprint (near-duplicate text) of an earlier one. Clicking opens the earlier one
// when the host passes onOpen.
interface Props {
  reprintOf: { id: number; title: string } | null | undefined;
  onOpen?(id: number): void;
}

export function ReprintBadge({ reprintOf, onOpen }: Props) {
  if (!reprintOf) return null;
  const title = reprintOf.title || 'an earlier article';
  const text = (
    <>
      <span className="reprint-icon" aria-hidden="true">
        ⧉
      </span>
      Reprint of <span className="reprint-title">“{title}”</span>
    </>
  );
  return onOpen ? (
    <button type="button" className="reprint-badge" data-testid="reprint-badge" title="Open the earlier article" onClick={() => onOpen(reprintOf.id)}>
      {text}
    </button>
  ) : (
    <span className="reprint-badge" data-testid="reprint-badge" title={`Probably a reprint of article #${reprintOf.id}: most of the text is the same`}>
      {text}
    </span>
  );
}

/** A compact marker for list rows (for a list whose rows carry reprintOf). */
export function ReprintMarker({ reprintOf }: { reprintOf: { id: number; title: string } | number | null | undefined }) {
  if (reprintOf === null || reprintOf === undefined) return null;
  const title = typeof reprintOf === 'number' ? `article #${reprintOf}` : `“${reprintOf.title}”`;
  return (
    <span className="reprint-marker" data-testid="reprint-marker" title={`Probable reprint of ${title}`} aria-label="Probable reprint">
      ⧉
    </span>
  );
}
