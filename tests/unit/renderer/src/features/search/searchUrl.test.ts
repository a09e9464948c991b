import { describe, expect, it } from 'vitest';
import { addTerm, filterTerm, readSearch, searchHref } from '../../../../../../src/renderer/src/features/search/searchUrl';

describe('search state in the URL', () => {
  it('reads q and sort, ignoring an unknown sort and a blank query', () => {
    expect(readSearch('http://h/?q=sanctions+outlet%3A%22Coastal+Times%22&sort=oldest')).toEqual({ query: 'sanctions outlet:"Coastal Times"', sort: 'oldest' });
    expect(readSearch('http://h/?q=x&sort=sideways')).toEqual({ query: 'x', sort: 'relevance' });
    expect(readSearch('http://h/?q=%20%20')).toEqual({ query: null, sort: 'relevance' });
  });

  it('writes only q and sort, so the access token never returns to the address', () => {
    const href = searchHref({ query: 'a "b c"', sort: 'newest' }, 'http://h/app?token=secret&q=old#x');
    expect(href).toBe('/app?q=a+%22b+c%22&sort=newest#x');
    expect(href).not.toContain('token');
    expect(searchHref({ query: 'a', sort: 'relevance' }, 'http://h/')).toBe('/?q=a');
    expect(searchHref({ query: null, sort: 'oldest' }, 'http://h/?q=a')).toBe('/');
  });

  it('round-trips any query through the URL', () => {
    for (const q of ['Москва OR Москве', 'tag:"region/korea" -sport', 'a&b=c?d#e', '서울 "北京市"']) {
      expect(readSearch('http://h' + searchHref({ query: q, sort: 'oldest' }, 'http://h/')).query).toBe(q);
    }
  });

  it('adds a filter term once, quoting values that need it', () => {
    expect(filterTerm('outlet', 'Reuters')).toBe('outlet:Reuters');
    expect(filterTerm('outlet', 'Coastal Times')).toBe('outlet:"Coastal Times"');
    expect(filterTerm('tag', 'region/korea')).toBe('tag:"region/korea"');
    expect(addTerm('corridor', 'outlet:Reuters')).toBe('corridor outlet:Reuters');
    expect(addTerm('corridor outlet:Reuters', 'outlet:Reuters')).toBe('corridor outlet:Reuters');
    expect(addTerm('  ', 'lang:en')).toBe('lang:en');
  });
});
