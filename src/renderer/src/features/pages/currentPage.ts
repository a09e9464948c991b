// "The page I am writing": the notebook page last opened, remembered across sessions, which
// the reader's "To page" adds quoted passages to. Without one, a page is started.
import { api, ApiError } from '../../api/client';

const KEY = 'parallax.currentPage';

export function currentPageId(): number | null {
  try {
    const v = Number(window.localStorage.getItem(KEY));
    return Number.isInteger(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

export function setCurrentPageId(id: number | null): void {
  try {
    if (id === null) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, String(id));
  } catch {
    // Private windows may refuse storage; the choice then lasts this session only.
  }
}

/** Appends a highlight, quoted with its provenance, to the current page; answers the page's title. */
export async function embedInCurrentPage(highlightId: number): Promise<string> {
  const { markdown } = await api.invoke('pages.embed', { highlightId });
  const id = currentPageId();
  let page = null;
  if (id !== null) {
    try {
      page = await api.invoke('pages.get', { id });
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'not_found')) throw e;
    }
  }
  const body = page ? `${page.body.replace(/\s+$/, '')}\n\n${markdown}` : markdown;
  const saved = await api.invoke('pages.save', { ...(page ? { id: page.id } : {}), title: page?.title ?? 'Reading notes', body });
  setCurrentPageId(saved.id);
  window.dispatchEvent(new CustomEvent('parallax:page-changed', { detail: saved.id }));
  return saved.title;
}
