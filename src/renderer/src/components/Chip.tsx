// A tag chip. Tag names are user data: always rendered as text.
import type { ReactNode } from 'react';

interface Props {
  name: string;
  testId?: string;
  /** Small trailing note such as "2 of 5". */
  note?: ReactNode;
  onRemove?: () => void;
  compact?: boolean;
}

export function Chip({ name, testId, note, onRemove, compact }: Props) {
  return (
    <span className={`chip${compact ? ' chip-compact' : ''}`} data-testid={testId} data-tag={name} title={name}>
      <span className="chip-label">{name}</span>
      {note !== undefined && <span className="chip-note">{note}</span>}
      {onRemove && (
        <button
          type="button"
          className="chip-remove"
          data-testid="tag-remove"
          aria-label={`Remove tag ${name}`}
          title={`Remove tag “${name}”`}
          onClick={(e) => {
            e.stopPropagation();
            onRemove();
          }}
        >
          ×
        </button>
      )}
    </span>
  );
}

/** Up to `max` chips, then "+n" so a row stays one line high. */
export function ChipRow({ tags, max = 3 }: { tags: string[]; max?: number }) {
  const shown = tags.slice(0, max);
  return (
    <span className="chip-row">
      {shown.map((t) => (
        <Chip key={t} name={t} compact />
      ))}
      {tags.length > max && <span className="chip-more" title={tags.slice(max).join(', ')}>+{tags.length - max}</span>}
    </span>
  );
}
