// Left column: the whole library, its tags and its outlets with counts. Clicking one
// filters the list; clicking the active one again clears the filter.
import { formatCount } from '../../lib/format';
import { SavedSearches } from '../saved/SavedSearches';
import { ManageLinks } from './ManageLinks';
import { TagTree } from './TagTree';

export type Filter = { kind: 'tag'; value: string } | { kind: 'outlet'; value: string } | null;

interface Facet {
  name: string;
  count: number;
}

interface Props {
  total: number | null;
  tags: Facet[];
  outlets: Facet[];
  filter: Filter;
  onFilter(f: Filter): void;
}

function FacetList(p: { title: string; kind: 'tag' | 'outlet'; items: Facet[]; filter: Filter; onFilter(f: Filter): void; empty: string }) {
  return (
    <section className="facet">
      <h2 className="facet-title">
        {p.title}
        <span className="facet-total">{p.items.length > 0 ? formatCount(p.items.length) : ''}</span>
      </h2>
      {p.items.length === 0 && <p className="facet-empty">{p.empty}</p>}
      <ul>
        {p.items.map((f) => {
          const active = p.filter?.kind === p.kind && p.filter.value === f.name;
          return (
            <li key={f.name}>
              <button
                type="button"
                className={`facet-item${active ? ' active' : ''}`}
                data-testid={p.kind === 'tag' ? 'tag-filter' : 'outlet-filter'}
                {...(p.kind === 'tag' ? { 'data-tag': f.name } : { 'data-outlet': f.name })}
                aria-pressed={active}
                title={f.name}
                onClick={() => p.onFilter(active ? null : { kind: p.kind, value: f.name })}
              >
                {p.kind === 'tag' && <span className="facet-dot" aria-hidden="true" />}
                <span className="facet-name">{f.name}</span>
                <span className="facet-count">{formatCount(f.count)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function Sidebar(p: Props) {
  return (
    <nav className="sidebar" data-testid="sidebar" aria-label="Filters">
      <section className="facet">
        <button type="button" className={`facet-item all${p.filter === null ? ' active' : ''}`} onClick={() => p.onFilter(null)}>
          <span className="facet-name">All articles</span>
          <span className="facet-count">{p.total === null ? '' : formatCount(p.total)}</span>
        </button>
      </section>
      <SavedSearches />
      <TagTree filter={p.filter} onFilter={p.onFilter} />
      <FacetList title="Outlets" kind="outlet" items={p.outlets} filter={p.filter} onFilter={p.onFilter} empty="No outlets yet." />
      <ManageLinks />
    </nav>
  );
}
