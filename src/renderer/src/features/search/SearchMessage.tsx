// The library's sentence about a search (nothing found, an unknown outlet…) with its
// suggestions made clickable: "Did you mean “pyongyang”?" runs the corrected query, and
// 'did you mean outlet:"Reuters"' swaps the unknown outlet for the suggested one.
import type { ReactNode } from 'react';

export interface Suggestion {
  label: string;
  query: string;
}

type Part = { text: string } | { suggestion: Suggestion };

const CORRECTED = /Did you mean “([^”]+)”\?/;
const OUTLET = /There is no outlet called “([^”]+)” in this library; did you mean ((?:outlet:"[^"]+"(?: or )?)+)\?/g;

function replaceOutlet(query: string, unknown: string, known: string): string {
  const lower = unknown.toLowerCase();
  const re = /outlet:("([^"]*)"|\S+)/gi;
  return query.replace(re, (all: string, raw: string, quoted: string | undefined) =>
    (quoted ?? raw).toLowerCase() === lower ? `outlet:"${known}"` : all,
  );
}

/** Splits a message into text and suggestions (exported for tests). */
export function messageParts(message: string, query: string): Part[] {
  const parts: Part[] = [];
  let rest = message;
  const corrected = CORRECTED.exec(rest);
  if (corrected) {
    const at = corrected.index;
    parts.push({ text: `${rest.slice(0, at)}Did you mean ` });
    parts.push({ suggestion: { label: corrected[1]!, query: corrected[1]! } });
    parts.push({ text: '?' });
    rest = rest.slice(at + corrected[0].length);
  }
  let last = 0;
  for (const m of rest.matchAll(OUTLET)) {
    const unknown = m[1]!;
    parts.push({ text: `${rest.slice(last, m.index)}There is no outlet called “${unknown}” in this library; did you mean ` });
    const names = [...m[2]!.matchAll(/outlet:"([^"]+)"/g)].map((x) => x[1]!);
    names.forEach((n, i) => {
      if (i > 0) parts.push({ text: ' or ' });
      parts.push({ suggestion: { label: `outlet:"${n}"`, query: replaceOutlet(query, unknown, n) } });
    });
    parts.push({ text: '?' });
    last = m.index + m[0].length;
  }
  if (last < rest.length) parts.push({ text: rest.slice(last) });
  return parts.filter((p) => !('text' in p) || p.text !== '');
}

export function SearchMessage({ message, query, onQuery }: { message: string; query: string; onQuery(q: string): void }): ReactNode {
  return (
    <div className="notice search-message" data-testid="search-message" role="status">
      {messageParts(message, query).map((p, i) =>
        'text' in p ? (
          <span key={i}>{p.text}</span>
        ) : (
          <button key={i} type="button" className="link-button suggestion" data-testid="search-suggestion" onClick={() => onQuery(p.suggestion.query)}>
            {p.suggestion.label}
          </button>
        ),
      )}
    </div>
  );
}
