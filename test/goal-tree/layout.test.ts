// Pure functions of the goal tree: rows, filter, keyboard model, type-ahead, diagram layout. No DOM.
import { expect } from '@open-wc/testing';
import {
  allIds,
  filterTree,
  idsToDepth,
  parentMap,
  rowsByParent,
  visibleRows,
  type TreeAccess,
} from '../../packages/goal-tree/src/tree-rows.js';
import { treeKeyAction, typeAhead, isTypeAheadKey } from '../../packages/goal-tree/src/tree-keys.js';
import {
  containsText,
  highlightPieces,
  normalizeQuery,
  startsWithText,
} from '../../packages/goal-tree/src/text-match.js';
import {
  AUTO_DIAGRAM_MIN_WIDTH,
  diagramLayout,
  fitTransform,
  panIntoView,
  parseOrientation,
  resolveLayout,
} from '../../packages/goal-tree/src/layout.js';

//  a
//  ├─ b
//  │  ├─ d
//  │  └─ e
//  └─ c
//     └─ f
//  g (second root)
const CHILDREN: Record<string, string[]> = { a: ['b', 'c'], b: ['d', 'e'], c: ['f'] };
const access: TreeAccess = { children: (id) => CHILDREN[id] ?? [] };
const ROOTS = ['a', 'g'];
const LABELS: Record<string, string> = {
  a: 'Best på oppvekst',
  b: 'Barnehage',
  c: 'Skule',
  d: 'Bustader',
  e: 'Ungdom',
  f: 'Fritid',
  g: 'Arbeid',
};
const label = (id: string) => LABELS[id]!;
const expandedSet = (ids: string[]) => (id: string) => ids.includes(id);

describe('goal-tree rows', () => {
  it('lists only the roots when nothing is expanded', () => {
    const rows = visibleRows(ROOTS, access, () => false);
    expect(rows.map((r) => r.id)).to.deep.equal(['a', 'g']);
    expect(rows[0]).to.include({ level: 1, setSize: 2, posInSet: 1, hasChildren: true, expanded: false });
    expect(rows[1]).to.include({ level: 1, setSize: 2, posInSet: 2, hasChildren: false, expanded: false });
  });

  it('lists children after their expanded parent, in pre-order, with level, set size and position', () => {
    const rows = visibleRows(ROOTS, access, expandedSet(['a', 'b']));
    expect(rows.map((r) => r.id)).to.deep.equal(['a', 'b', 'd', 'e', 'c', 'g']);
    const e = rows.find((r) => r.id === 'e')!;
    expect(e).to.include({ parentId: 'b', level: 3, setSize: 2, posInSet: 2 });
    const c = rows.find((r) => r.id === 'c')!;
    expect(c).to.include({ level: 2, posInSet: 2, hasChildren: true, expanded: false });
  });

  it('hides the children of a collapsed node even when they are marked expanded', () => {
    const rows = visibleRows(ROOTS, access, expandedSet(['b']));
    expect(rows.map((r) => r.id)).to.deep.equal(['a', 'g']);
  });

  it('counts only kept siblings when filtered', () => {
    const rows = visibleRows(ROOTS, access, () => true, new Set(['a', 'b', 'e']));
    expect(rows.map((r) => r.id)).to.deep.equal(['a', 'b', 'e']);
    expect(rows[0]).to.include({ setSize: 1, posInSet: 1 });
    expect(rows[2]).to.include({ level: 3, setSize: 1, posInSet: 1, hasChildren: false });
  });

  it('groups rows by parent', () => {
    const byParent = rowsByParent(visibleRows(ROOTS, access, () => true));
    expect(byParent.get(null)!.map((r) => r.id)).to.deep.equal(['a', 'g']);
    expect(byParent.get('b')!.map((r) => r.id)).to.deep.equal(['d', 'e']);
  });

  it('walks every id, expands to a depth and maps parents', () => {
    expect(allIds(ROOTS, access)).to.deep.equal(['a', 'b', 'd', 'e', 'c', 'f', 'g']);
    expect([...idsToDepth(ROOTS, access, 0)]).to.deep.equal([]);
    expect([...idsToDepth(ROOTS, access, 1)]).to.deep.equal(['a']);
    expect([...idsToDepth(ROOTS, access, 2)].sort()).to.deep.equal(['a', 'b', 'c']);
    const parents = parentMap(ROOTS, access);
    expect(parents.get('f')).to.equal('c');
    expect(parents.get('g')).to.equal(null);
  });

  it('handles a 10,000-deep chain without overflowing the stack', () => {
    const chain: TreeAccess = { children: (id) => (Number(id) < 9999 ? [String(Number(id) + 1)] : []) };
    const rows = visibleRows(['0'], chain, () => true);
    expect(rows).to.have.length(10_000);
    expect(rows[9999]!.level).to.equal(10_000);
    expect(filterTree(['0'], chain, (id) => id === '9999').keep.size).to.equal(10_000);
  });
});

describe('goal-tree filter', () => {
  it('keeps matching nodes and their ancestors, and nothing else', () => {
    const f = filterTree(ROOTS, access, (id) => containsText(label(id), 'UNG'));
    expect([...f.matches]).to.deep.equal(['e']);
    expect([...f.keep].sort()).to.deep.equal(['a', 'b', 'e']);
  });

  it('keeps a matching parent without its non-matching children', () => {
    const f = filterTree(ROOTS, access, (id) => containsText(label(id), 'skule'));
    expect([...f.keep].sort()).to.deep.equal(['a', 'c']);
  });

  it('matches case-insensitively, with normalized white space', () => {
    expect(containsText('Best på oppvekst', '  PÅ   oppvekst ')).to.equal(true);
    expect(containsText('Best på oppvekst', 'pa')).to.equal(false);
    expect(normalizeQuery('  a   b ')).to.equal('a b');
    expect(containsText('anything', '')).to.equal(true);
  });

  it('splits a label into marked and plain pieces, keeping the original case', () => {
    expect(highlightPieces('Barn og barnehage', 'BARN')).to.deep.equal([
      { text: 'Barn', match: true },
      { text: ' og ', match: false },
      { text: 'barn', match: true },
      { text: 'ehage', match: false },
    ]);
    expect(highlightPieces('Fritid', 'x')).to.deep.equal([{ text: 'Fritid', match: false }]);
    expect(highlightPieces('Fritid', '')).to.deep.equal([{ text: 'Fritid', match: false }]);
  });

  it('keeps indexes right around characters whose lower case is longer', () => {
    const pieces = highlightPieces('İstanbul plan', 'plan');
    expect(pieces.map((p) => p.text).join('')).to.equal('İstanbul plan');
    expect(pieces.find((p) => p.match)!.text).to.equal('plan');
  });
});

describe('goal-tree keyboard model (APG tree view)', () => {
  const rows = visibleRows(ROOTS, access, expandedSet(['a', 'b']));
  // a, b, d, e, c, g

  it('Down and Up move between visible rows and stop at the ends', () => {
    expect(treeKeyAction(rows, 'a', 'ArrowDown')).to.deep.equal({ type: 'focus', id: 'b' });
    expect(treeKeyAction(rows, 'e', 'ArrowDown')).to.deep.equal({ type: 'focus', id: 'c' });
    expect(treeKeyAction(rows, 'g', 'ArrowDown')).to.deep.equal({ type: 'none' });
    expect(treeKeyAction(rows, 'c', 'ArrowUp')).to.deep.equal({ type: 'focus', id: 'e' });
    expect(treeKeyAction(rows, 'a', 'ArrowUp')).to.deep.equal({ type: 'none' });
  });

  it('Right expands a closed parent, then moves to its first child; does nothing on an end node', () => {
    expect(treeKeyAction(rows, 'c', 'ArrowRight')).to.deep.equal({ type: 'expand', id: 'c' });
    expect(treeKeyAction(rows, 'b', 'ArrowRight')).to.deep.equal({ type: 'focus', id: 'd' });
    expect(treeKeyAction(rows, 'd', 'ArrowRight')).to.deep.equal({ type: 'none' });
  });

  it('Left collapses an open parent, else moves to the parent; does nothing on a closed root', () => {
    expect(treeKeyAction(rows, 'b', 'ArrowLeft')).to.deep.equal({ type: 'collapse', id: 'b' });
    expect(treeKeyAction(rows, 'e', 'ArrowLeft')).to.deep.equal({ type: 'focus', id: 'b' });
    expect(treeKeyAction(rows, 'c', 'ArrowLeft')).to.deep.equal({ type: 'focus', id: 'a' });
    expect(treeKeyAction(rows, 'g', 'ArrowLeft')).to.deep.equal({ type: 'none' });
  });

  it('Home and End go to the first and last visible rows', () => {
    expect(treeKeyAction(rows, 'e', 'Home')).to.deep.equal({ type: 'focus', id: 'a' });
    expect(treeKeyAction(rows, 'b', 'End')).to.deep.equal({ type: 'focus', id: 'g' });
  });

  it('Enter and Space select', () => {
    expect(treeKeyAction(rows, 'd', 'Enter')).to.deep.equal({ type: 'select', id: 'd' });
    expect(treeKeyAction(rows, 'd', ' ')).to.deep.equal({ type: 'select', id: 'd' });
  });

  it('* expands the closed siblings that have children', () => {
    expect(treeKeyAction(rows, 'b', '*')).to.deep.equal({ type: 'expand-siblings', ids: ['c'] });
    expect(treeKeyAction(rows, 'd', '*')).to.deep.equal({ type: 'none' });
    const closed = visibleRows(ROOTS, access, expandedSet(['a']));
    expect(treeKeyAction(closed, 'c', '*')).to.deep.equal({ type: 'expand-siblings', ids: ['b', 'c'] });
  });

  it('ignores other keys', () => {
    expect(treeKeyAction(rows, 'a', 'x')).to.deep.equal({ type: 'none' });
  });

  it('type-ahead finds the next row starting with the typed characters, wrapping', () => {
    expect(typeAhead(rows, label, 'a', 'b')).to.equal('b'); // Barnehage
    expect(typeAhead(rows, label, 'b', 'b')).to.equal('d'); // next "B…": Bustader
    expect(typeAhead(rows, label, 'd', 'b')).to.equal('a'); // wraps to Best…
    expect(typeAhead(rows, label, 'a', 'sk')).to.equal('c');
    expect(typeAhead(rows, label, 'a', 'zz')).to.equal(undefined);
  });

  it('type-ahead keeps the current row while a longer prefix still matches, and cycles on a repeated letter', () => {
    expect(typeAhead(rows, label, 'b', 'ba')).to.equal('b');
    expect(typeAhead(rows, label, 'b', 'bu')).to.equal('d');
    expect(typeAhead(rows, label, 'a', 'bb')).to.equal('b');
    expect(typeAhead(rows, label, 'b', 'bbb')).to.equal('d');
  });

  it('feeds only printable characters without modifiers, and not * to type-ahead', () => {
    const k = (key: string, mods: Partial<KeyboardEvent> = {}) =>
      isTypeAheadKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(k('a')).to.equal(true);
    expect(k('ø')).to.equal(true);
    expect(k('*')).to.equal(false);
    expect(k('ArrowDown')).to.equal(false);
    expect(k('a', { ctrlKey: true })).to.equal(false);
    expect(startsWithText('  Best', 'be')).to.equal(true);
  });
});

describe('goal-tree diagram layout', () => {
  const rows = visibleRows(ROOTS, access, () => true);
  const size = () => ({ width: 100, height: 40 });

  it('places levels in columns (horizontal) with every box of a level at one x', () => {
    const layout = diagramLayout(rows, { orientation: 'horizontal', size, gap: 10, levelGap: 50 });
    const box = (id: string) => layout.boxes.get(id)!;
    expect(box('a').x).to.equal(0);
    expect(box('g').x).to.equal(0);
    expect(box('b').x).to.equal(150);
    expect(box('c').x).to.equal(150);
    expect(box('d').x).to.equal(300);
    expect(layout.width).to.equal(400);
    expect(layout.boxes.size).to.equal(7);
  });

  it('keeps sibling boxes apart by at least the gap and never overlapping', () => {
    const layout = diagramLayout(rows, { orientation: 'horizontal', size, gap: 10, levelGap: 50 });
    const boxes = [...layout.boxes.values()];
    for (const p of boxes) {
      for (const q of boxes) {
        if (p === q || p.x !== q.x) continue;
        const apart = p.y + p.height + 10 <= q.y + 1e-9 || q.y + q.height + 10 <= p.y + 1e-9;
        expect(apart, `${p.id} and ${q.id}`).to.equal(true);
      }
    }
    const ys = boxes.map((b) => b.y);
    expect(Math.min(...ys)).to.equal(0);
    expect(layout.height).to.equal(Math.max(...boxes.map((b) => b.y + b.height)));
  });

  it('centres a parent on its children across the level', () => {
    const layout = diagramLayout(rows, { orientation: 'horizontal', size, gap: 10, levelGap: 50 });
    const mid = (id: string) => layout.boxes.get(id)!.y + 20;
    expect(mid('b')).to.be.closeTo((mid('d') + mid('e')) / 2, 1e-9);
  });

  it('places levels in rows (vertical), and draws one link per parent–child pair from edge to edge', () => {
    const layout = diagramLayout(rows, { orientation: 'vertical', size, gap: 10, levelGap: 30 });
    expect(layout.boxes.get('b')!.y).to.equal(70);
    expect(layout.boxes.get('d')!.y).to.equal(140);
    expect(layout.links.map((l) => `${l.source}>${l.target}`).sort()).to.deep.equal(
      ['a>b', 'a>c', 'b>d', 'b>e', 'c>f'].sort(),
    );
    const ab = layout.links.find((l) => l.target === 'b')!;
    const a = layout.boxes.get('a')!;
    // The path starts at the bottom centre of a.
    expect(ab.path.startsWith(`M${a.x + 50},${a.y + 40}`)).to.equal(true);
  });

  it('sizes columns by the widest box of each level', () => {
    const wide = (id: string) => ({ width: id === 'c' ? 300 : 100, height: 40 });
    const layout = diagramLayout(rows, { orientation: 'horizontal', size: wide, gap: 10, levelGap: 50 });
    expect(layout.boxes.get('d')!.x).to.equal(100 + 50 + 300 + 50);
  });

  it('lays out only what is visible, and nothing for no rows', () => {
    const collapsed = visibleRows(ROOTS, access, () => false);
    expect(diagramLayout(collapsed, { orientation: 'horizontal', size, gap: 10 }).boxes.size).to.equal(2);
    const empty = diagramLayout([], { orientation: 'horizontal', size, gap: 10 });
    expect(empty).to.deep.include({ width: 0, height: 0 });
  });

  it('lays out 10,000 rows in well under a second', () => {
    const many: TreeAccess = {
      children: (id) => (id.length < 4 ? Array.from({ length: 10 }, (_, i) => `${id}${i}`) : []),
    };
    const bigRows = visibleRows(['r'], many, () => true);
    expect(bigRows.length).to.equal(1111);
    const start = performance.now();
    const huge = visibleRows(
      ['x'],
      { children: (id) => (id.length < 5 ? Array.from({ length: 10 }, (_, i) => `${id}${i}`) : []) },
      () => true,
    );
    const layout = diagramLayout(huge, { orientation: 'horizontal', size, gap: 8 });
    expect(layout.boxes.size).to.equal(11_111);
    expect(performance.now() - start).to.be.below(1000);
  });
});

describe('goal-tree view helpers', () => {
  it('resolves layout="auto" by width, and explicit layouts as given', () => {
    expect(resolveLayout('auto', 320)).to.equal('outline');
    expect(resolveLayout('auto', AUTO_DIAGRAM_MIN_WIDTH - 1)).to.equal('outline');
    expect(resolveLayout('auto', AUTO_DIAGRAM_MIN_WIDTH)).to.equal('diagram');
    expect(resolveLayout(undefined, 1200)).to.equal('diagram');
    expect(resolveLayout('auto', undefined)).to.equal('outline');
    expect(resolveLayout('diagram', 320)).to.equal('diagram');
    expect(resolveLayout('outline', 2000)).to.equal('outline');
    expect(parseOrientation('vertical')).to.equal('vertical');
    expect(parseOrientation('sideways')).to.equal('horizontal');
  });

  it('fits the whole layout, centred, never zooming in past 1', () => {
    const t = fitTransform({ width: 2000, height: 500 }, { width: 1000, height: 600 }, 0);
    expect(t.k).to.equal(0.5);
    expect(t.x).to.equal(0);
    expect(t.y).to.equal((600 - 250) / 2);
    expect(fitTransform({ width: 100, height: 100 }, { width: 1000, height: 600 }).k).to.equal(1);
  });

  it('pans just enough to bring a box into view, and not at all when it is visible', () => {
    const view = { width: 500, height: 300 };
    const t = { x: 0, y: 0, k: 1 };
    expect(panIntoView(t, { x: 10, y: 10, width: 100, height: 40 }, view, 10)).to.equal(t);
    expect(panIntoView(t, { x: 600, y: 10, width: 100, height: 40 }, view, 10)).to.deep.equal({
      x: 500 - 10 - 700,
      y: 0,
      k: 1,
    });
    expect(
      panIntoView({ x: -300, y: 0, k: 2 }, { x: 0, y: 20, width: 50, height: 20 }, view, 10),
    ).to.deep.equal({
      x: 10,
      y: 0,
      k: 2,
    });
  });
});
