// The tag tree in the sidebar: region/korea/north shown as nested rows that fold, each with
// its colour and the articles under it (children included). Clicking filters the list (the
// library includes children); ⋯ or a right-click opens the tag's actions.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount } from '../../lib/format';
import type { Filter } from './Sidebar';
import { TagMenu } from './TagMenu';
import { effectiveColor, visibleNodes, withChildren, type TagNodeT } from './tagTreeModel';

interface Props {
  filter: Filter;
  onFilter(f: Filter): void;
}

const KEY = 'parallax.tagTree.collapsed';

function storedCollapsed(): Set<string> {
  try {
    const v = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function TagTree({ filter, onFilter }: Props) {
  const [nodes, setNodes] = useState<TagNodeT[] | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(storedCollapsed);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const report = useReportError();

  // Every change to tags (here, in another window, by a rule during an import) is announced.
  useEffect(() => {
    let live = true;
    const load = () => api.invoke('tags.tree', {}).then((t) => live && setNodes(t), report);
    void load();
    const off = api.on('library.changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, [report]);

  const toggle = useCallback((name: string, open?: boolean) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      const shut = open === undefined ? !next.has(name) : !open;
      if (shut) next.add(name);
      else next.delete(name);
      try {
        window.localStorage.setItem(KEY, JSON.stringify([...next]));
      } catch {
        // Folding still works for this session without storage.
      }
      return next;
    });
  }, []);

  const renamed = useCallback(
    (from: string, to: string | null) => {
      if (filter?.kind !== 'tag') return;
      const f = filter.value;
      if (f !== from && !f.startsWith(`${from}/`)) return;
      onFilter(to === null ? null : { kind: 'tag', value: to + f.slice(from.length) });
    },
    [filter, onFilter],
  );

  const all = nodes ?? [];
  const parents = withChildren(all);
  const shown = visibleNodes(all, collapsed);
  const topLevel = all.filter((n) => n.parent === null).length;

  return (
    <section className="facet tag-tree-facet">
      <h2 className="facet-title">
        Tags
        <span className="facet-total">{all.length > 0 ? formatCount(topLevel) : ''}</span>
      </h2>
      {nodes !== null && all.length === 0 && <p className="facet-empty">No tags yet. Select articles and add one.</p>}
      <ul className="tag-tree" data-testid="tag-tree" role="tree" aria-label="Tags">
        {shown.map((n) => {
          const active = filter?.kind === 'tag' && filter.value === n.name;
          const hasKids = parents.has(n.name);
          const open = hasKids && !collapsed.has(n.name);
          const color = effectiveColor(all, n);
          return (
            <li
              key={n.name}
              className="tag-node"
              data-testid="tag-node"
              data-tag={n.name}
              data-count={n.count}
              role="treeitem"
              aria-expanded={hasKids ? open : undefined}
              aria-level={n.depth + 1}
              aria-selected={active}
            >
              <div
                className={`tag-row${active ? ' active' : ''}${menuFor === n.name ? ' menu-open' : ''}`}
                style={{ paddingLeft: 4 + n.depth * 14 }}
                onContextMenu={(e) => {
                  e.preventDefault();
                  setMenuFor(n.name);
                }}
              >
                {hasKids ? (
                  <button
                    type="button"
                    className={`tag-twisty${open ? ' open' : ''}`}
                    aria-label={open ? `Collapse ${n.name}` : `Expand ${n.name}`}
                    data-testid="tag-toggle"
                    tabIndex={-1}
                    onClick={() => toggle(n.name)}
                  >
                    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
                      <path d="M3 2l4 3-4 3z" fill="currentColor" />
                    </svg>
                  </button>
                ) : (
                  <span className="tag-twisty-space" />
                )}
                <button
                  type="button"
                  className="facet-item tag-filter-button"
                  data-testid="tag-filter"
                  data-tag={n.name}
                  aria-pressed={active}
                  title={`${n.name} — ${formatCount(n.count)} ${n.count === 1 ? 'article' : 'articles'}${n.count !== n.own ? ' with the tags below it' : ''}`}
                  onClick={() => onFilter(active ? null : { kind: 'tag', value: n.name })}
                  onKeyDown={(e) => {
                    if (e.key === 'ArrowRight' && hasKids && !open) toggle(n.name, true);
                    else if (e.key === 'ArrowLeft' && open) toggle(n.name, false);
                    else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) setMenuFor(n.name);
                    else return;
                    e.preventDefault();
                  }}
                >
                  <span className="facet-dot" aria-hidden="true" style={color ? { background: color, opacity: 1 } : undefined} />
                  <span className="facet-name">{n.label}</span>
                  <span className="facet-count" data-testid="tag-count">
                    {formatCount(n.count)}
                  </span>
                </button>
                <button
                  type="button"
                  className="tag-menu-button"
                  aria-label={`Actions for tag ${n.name}`}
                  aria-haspopup="true"
                  aria-expanded={menuFor === n.name}
                  data-testid="tag-menu-button"
                  onClick={() => setMenuFor((m) => (m === n.name ? null : n.name))}
                >
                  ⋯
                </button>
              </div>
              {menuFor === n.name && <TagMenu node={n} nodes={all} onClose={() => setMenuFor(null)} onRenamed={renamed} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
