// Under an import summary: the tags the import put on its articles, and the offer to put them
// on the duplicates that were already in the library (the importer never changes those on its
// own). Adding is one undoable step (tags.bulk); the toast carries the Undo as elsewhere.
import { useState } from 'react';
import { api } from '../../api/client';
import { Chip } from '../../components/Chip';
import { useReportError } from '../../components/ErrorBanner';
import { showUndo } from '../../components/Toast';
import { formatCount, plural } from '../../lib/format';
import { bulkMessage } from '../bulk/messages';
import type { TagOffer as Offer } from './useImport';

export function AppliedTags({ tags, running }: { tags: string[]; running: boolean }) {
  if (tags.length === 0) return null;
  return (
    <div className="import-applied-tags" data-testid="import-applied-tags">
      <span className="muted">{running ? 'Tagging with' : 'Tagged with'}</span>
      {tags.map((t) => (
        <Chip key={t} name={t} compact />
      ))}
    </div>
  );
}

type State = { step: 'offered' | 'adding' | 'dismissed' } | { step: 'added'; text: string };

export function TagOffer({ offer }: { offer: Offer }) {
  const [state, setState] = useState<State>({ step: 'offered' });
  const report = useReportError();
  const n = offer.articleIds.length;
  if (n === 0 || offer.tags.length === 0 || state.step === 'dismissed') return null;

  async function add(): Promise<void> {
    setState({ step: 'adding' });
    try {
      const r = await api.invoke('tags.bulk', { ids: offer.articleIds, add: offer.tags });
      // Undone from the toast: the offer stands again, rather than a "Tags added" that is no longer true.
      showUndo(bulkMessage(r.articles, offer.tags, []), () => setState({ step: 'offered' }));
      setState({ step: 'added', text: r.articles === 0 ? 'They already had these tags.' : `Tags added to ${plural(r.articles, 'article')}.` });
    } catch (e) {
      report(e);
      setState({ step: 'offered' });
    }
  }

  if (state.step === 'added') {
    return (
      <div className="import-tag-offer added" data-testid="import-tag-offer-done" role="status">
        <span className="import-tag-offer-check" aria-hidden="true">
          ✓
        </span>
        <span>{state.text}</span>
      </div>
    );
  }

  const one = n === 1;
  const tagWord = offer.tags.length === 1 ? 'the tag' : 'the tags';
  return (
    <div className="import-tag-offer" data-testid="import-tag-offer" role="group" aria-label="Add the import's tags to articles already in the library">
      <p className="import-tag-offer-text">
        {one ? '1 article was already in the library and lacks ' : `${formatCount(n)} articles were already in the library; they lack `}
        {tagWord}{' '}
        {offer.tags.map((t, i) => (
          <span key={t}>
            {i > 0 && ', '}
            <strong className="import-tag-offer-tag">{t}</strong>
          </span>
        ))}
        .
      </p>
      <div className="import-tag-offer-actions">
        <button type="button" className="button small primary" data-testid="import-tag-offer-add" disabled={state.step === 'adding'} onClick={() => void add()}>
          {`Add ${offer.tags.length === 1 ? 'tag' : 'tags'} to ${one ? 'that article' : `those ${formatCount(n)} articles`}`}
        </button>
        <button type="button" className="button small ghost" data-testid="import-tag-offer-dismiss" onClick={() => setState({ step: 'dismissed' })}>
          Not now
        </button>
      </div>
    </div>
  );
}
