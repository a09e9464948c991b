// Ids of every article in a result set, for the channels that take ids (citations) or when
// no query describes the list (the whole library). Paged, capped at what the channel accepts.
import { api } from '../../api/client';

const PAGE = 1000;

export async function collectIds(query: string | null, max: number): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ids.length < max; offset += PAGE) {
    const page =
      query === null
        ? (await api.invoke('articles.list', { offset, limit: PAGE, sort: 'published', order: 'desc' })).items
        : (await api.invoke('search.query', { q: query, offset, limit: PAGE })).hits;
    ids.push(...page.map((a) => a.id));
    if (page.length < PAGE) break;
  }
  return ids.slice(0, max);
}
