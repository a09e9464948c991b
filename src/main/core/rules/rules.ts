// Auto-tag rules: a query in the query language plus the tags it applies ("outlet:KCNA OR
// outlet:TASS" → state-media). They run on every import over the new articles (applyRules) and
// on demand over the whole library (runRules, undoable as one step); each run says what it matched.
import type { Output } from '../../../shared/contract';
import type { Db } from '../db/open';
import { NotFoundError, UserError } from '../api/errors';
import { summariesByIds } from '../repo/articles';
import { getRule, insertRule, listRules, markRuleRun, updateRule, type RuleRow } from '../repo/rules';
import { pushJournal } from '../repo/undo';
import { applyTagChange, isEmptyChange, noChange, type TagLinkChange } from '../tags/change';
import { normaliseTag } from '../tags/names';
import { queryIds } from '../tags/query-ids';

type RuleRun = Output<'rules.run'>['results'][number];
const EXAMPLES = 5;

export function saveRule(db: Db, input: { id?: number; name: string; query: string; tags: string[]; enabled: boolean }): RuleRow {
  const tags = [...new Set(input.tags.map(normaliseTag))];
  // A rule is checked by running its query once: a query that cannot be answered is refused now, not at the next import.
  queryIds(db, input.query);
  const r = { name: input.name.trim(), query: input.query.trim(), tags, enabled: input.enabled };
  if (input.id === undefined) return getRule(db, insertRule(db, r))!;
  if (!updateRule(db, input.id, r)) throw new NotFoundError(`There is no rule with id ${input.id}.`);
  return getRule(db, input.id)!;
}

function examples(db: Db, ids: number[]): RuleRun['examples'] {
  const pick = ids.slice(-EXAMPLES).toReversed();
  const s = summariesByIds(db, pick);
  return pick.flatMap((id) => {
    const a = s.get(id);
    return a ? [{ id, title: a.title, outlet: a.outlet }] : [];
  });
}

/** Matches one rule (optionally only articles above afterId, within `only`) and applies its tags. */
function runOne(db: Db, rule: RuleRow, afterId: number | null, only: Set<number> | null, into: TagLinkChange): RuleRun {
  let ids: number[];
  let message: string | null;
  try {
    const found = queryIds(db, rule.query, afterId);
    ids = only ? found.ids.filter((id) => only.has(id)) : found.ids;
    message = found.message;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { ruleId: rule.id, name: rule.name, matched: 0, tagged: 0, examples: [], message: `The rule could not run: ${e.message}` };
  }
  const actual = applyTagChange(db, { remove: [], add: rule.tags.map((t) => [t, ids]), colors: [] });
  into.add.push(...actual.add);
  const tagged = new Set(actual.add.flatMap(([, list]) => list)).size;
  markRuleRun(db, rule.id, ids.length);
  return { ruleId: rule.id, name: rule.name, matched: ids.length, tagged, examples: examples(db, ids), message };
}

/** Runs one rule (even when disabled) or every enabled rule over the whole library, as one undoable step. */
export function runRules(db: Db, id?: number): { results: RuleRun[]; undoLabel: string | null } {
  return db.transaction(() => {
    let rules: RuleRow[];
    if (id !== undefined) {
      const r = getRule(db, id);
      if (!r) throw new NotFoundError(`There is no rule with id ${id}.`);
      rules = [r];
    } else rules = listRules(db).filter((r) => r.enabled);
    const change = noChange();
    const results = rules.map((r) => runOne(db, r, null, null, change));
    if (isEmptyChange(change)) return { results, undoLabel: null };
    const undoLabel = rules.length === 1 ? `run rule “${rules[0]!.name}”` : `run ${rules.length} rules`;
    pushJournal(db, 'tags', undoLabel, change);
    return { results, undoLabel };
  })();
}

/**
 * For the importer: applies every enabled rule to just-imported articles. Call it after the
 * import's articles are committed (once per job or batch) with their ids.
 */
export function applyRules(db: Db, articleIds: number[]): RuleRun[] {
  if (articleIds.length === 0) return [];
  const rules = listRules(db).filter((r) => r.enabled);
  if (rules.length === 0) return [];
  const only = new Set(articleIds);
  const afterId = articleIds.reduce((m, id) => Math.min(m, id), Number.MAX_SAFE_INTEGER) - 1;
  return db.transaction(() => rules.map((r) => runOne(db, r, afterId, only, noChange())))();
}
