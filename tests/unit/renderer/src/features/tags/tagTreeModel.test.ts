import { describe, expect, it } from 'vitest';
import { effectiveColor, moveTargets, visibleNodes, withChildren, type TagNodeT } from '../../../../../../src/renderer/src/features/tags/tagTreeModel';

function node(name: string, color: string | null = null): TagNodeT {
  const slash = name.lastIndexOf('/');
  return { name, label: name.slice(slash + 1), parent: slash === -1 ? null : name.slice(0, slash), depth: name.split('/').length - 1, count: 1, own: 1, color };
}

const tree = [node('region', '#2f8f9d'), node('region/korea'), node('region/korea/north'), node('region/russia', '#d64545'), node('topic')];

describe('tag tree model', () => {
  it('knows which tags have children', () => {
    expect([...withChildren(tree)].toSorted()).toEqual(['region', 'region/korea']);
  });

  it('hides everything below a collapsed tag, at any depth, and keeps the order', () => {
    expect(visibleNodes(tree, new Set()).map((n) => n.name)).toEqual(tree.map((n) => n.name));
    expect(visibleNodes(tree, new Set(['region'])).map((n) => n.name)).toEqual(['region', 'topic']);
    expect(visibleNodes(tree, new Set(['region/korea'])).map((n) => n.name)).toEqual(['region', 'region/korea', 'region/russia', 'topic']);
  });

  it('never offers a tag itself or its descendants as a new parent', () => {
    expect(moveTargets(tree, 'region/korea')).toEqual(['region', 'region/russia', 'topic']);
    // A sibling whose name merely starts the same is still a valid target.
    expect(moveTargets([...tree, node('regional')], 'region')).toEqual(['topic', 'regional']);
  });

  it('inherits the colour of the nearest coloured ancestor', () => {
    expect(effectiveColor(tree, tree[2]!)).toBe('#2f8f9d');
    expect(effectiveColor(tree, tree[3]!)).toBe('#d64545');
    expect(effectiveColor(tree, tree[4]!)).toBeNull();
  });
});
