import { describe, expect, it } from 'vitest';
import { findMentions, summariseEntities, unifyMentions } from '../../../../../src/main/core/compare/entities';
import { segmentSentences } from '../../../../../src/main/core/compare/segment';
import { FIXTURE, SKIP_SEED, seedBody } from './fixtures';

const mentionsOf = (t: string) => findMentions(segmentSentences(t));
const people = (t: string) => [...new Set(mentionsOf(t).filter((m) => m.type === 'person').map((m) => m.name))].toSorted();

describe('findMentions', () => {
  it('types people, places and organisations and peels role words off names', () => {
    const ms = mentionsOf(FIXTURE);
    const byName = new Map(ms.map((m) => [m.name, m]));
    const first = (name: string) => ms.find((m) => m.name === name);
    expect(byName.get('Elena Marsh')?.type).toBe('person');
    expect(first('Elena Marsh')?.role).toBe('president');
    expect(first('Tomas Reyes')?.role).toBe('prime minister');
    expect(byName.get('Karvik Institute for Strategy')?.type).toBe('organization');
    expect(byName.get('Ana Kovic')?.type).toBe('person');
  });

  it('merges a surname used alone into the full name introduced earlier', () => {
    const ms = mentionsOf(FIXTURE);
    const marsh = ms.filter((m) => m.surface === 'Marsh');
    expect(marsh.length).toBeGreaterThan(0);
    for (const m of marsh) expect(m.key).toBe('elena marsh');
  });

  it('does not take capitals that only open a sentence or a quotation for names', () => {
    const names = mentionsOf('Experts say the deal matters. People chanted “Welcome Putin” in Moscow.').map((m) => m.name);
    expect(names).not.toContain('Experts');
    expect(names).not.toContain('Welcome Putin');
    expect(names).toContain('Moscow');
  });

  it('maps aliases to one entity and unifies short forms across articles', () => {
    const a = mentionsOf('Officials in the U.S. met Vladimir Putin.');
    const b = mentionsOf('The United States said Putin was wrong.');
    unifyMentions([a, b]);
    const rows = summariseEntities([{ articleId: 1, mentions: a }, { articleId: 2, mentions: b }]);
    const us = rows.find((r) => r.key === 'united states');
    expect(us?.articleIds).toEqual([1, 2]);
    expect(rows.find((r) => r.key === 'vladimir putin')?.articleIds).toEqual([1, 2]);
  });

  it('finds every named person in the seed article', (ctx) => {
    const body = seedBody();
    if (!body) return ctx.skip(SKIP_SEED);
    expect(people(body)).toEqual(
      ['Antony Blinken', 'Choe Son Hui', 'Jo Yong Won', 'Kim Jong Un', 'Kim Yo Jong', 'Koo Byoungsam', 'Lin Jian', 'Sam Greene', 'Vladimir Putin', 'Yuri Ushakov'].toSorted(),
    );
    const places = new Set(mentionsOf(body).filter((m) => m.type === 'place').map((m) => m.name));
    for (const p of ['North Korea', 'Russia', 'Pyongyang', 'Moscow', 'Ukraine', 'United States', 'South Korea']) expect(places).toContain(p);
  });
});
