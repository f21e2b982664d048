import { expect } from '@open-wc/testing';
import { matrixModel, cellId } from '../../packages/vision-mission/src/matrix-model.js';
import {
  matrixGeometry,
  gridAreaValue,
  arrowHead,
  MATRIX_DEFAULTS,
} from '../../packages/vision-mission/src/matrix-geometry.js';
import { gridMove, gridStops, isGridStop } from '../../packages/vision-mission/src/grid-navigation.js';
import {
  chainMinInlineSizeEm,
  depthLevels,
  isTypeChain,
  readChain,
  type ChainSource,
} from '../../packages/vision-mission/src/chain-levels.js';
import { chooseLayout } from '../../packages/vision-mission/src/choose-layout.js';
import { chainMove } from '../../packages/vision-mission/src/chain-navigation.js';

describe('vision-mission: matrixModel', () => {
  const nodes = new Set(['r1', 'r2', 'c1', 'c2', 'c3', 'g1', 'g2', 'g3']);
  const isNode = (id: string): boolean => nodes.has(id);

  it('fills every crossing, empty ones included, in row-major order', () => {
    const m = matrixModel(
      {
        rows: ['r1', 'r2'],
        columns: ['c1', 'c2', 'c3'],
        cells: [{ row: 'r2', column: 'c3', nodes: ['g1'] }],
      },
      isNode,
    );
    expect(m.rows).to.deep.equal(['r1', 'r2']);
    expect(m.columns).to.deep.equal(['c1', 'c2', 'c3']);
    expect(m.cells).to.have.length(2);
    expect(m.cells.map((row) => row.length)).to.deep.equal([3, 3]);
    expect(m.cells[1]![2]!.nodes).to.deep.equal(['g1']);
    expect(m.cells[0]![0]!.nodes).to.deep.equal([]);
    expect(m.cells[1]![2]!.id).to.equal('r2/c3');
    expect(m.cells[1]![2]).to.include({ row: 'r2', column: 'c3', rowIndex: 1, columnIndex: 2 });
  });

  it('merges several entries for one crossing, keeps document order and drops duplicates', () => {
    const m = matrixModel(
      {
        rows: ['r1'],
        columns: ['c1'],
        cells: [
          { row: 'r1', column: 'c1', nodes: ['g2', 'g1'], note: 'a' },
          { row: 'r1', column: 'c1', nodes: ['g1', 'g3'], note: 'b' },
        ],
      },
      isNode,
    );
    expect(m.cells[0]![0]!.nodes).to.deep.equal(['g2', 'g1', 'g3']);
    expect(m.cells[0]![0]!.notes).to.deep.equal(['a', 'b']);
    expect(m.placedCount).to.equal(3);
  });

  it('drops ids that are not nodes and duplicate row or column ids', () => {
    const m = matrixModel(
      {
        rows: ['r1', 'ghost', 'r1'],
        columns: ['c1', 'c2'],
        cells: [
          { row: 'ghost', column: 'c1', nodes: ['g1'] },
          { row: 'r1', column: 'c2', nodes: ['g1', 'nope'] },
        ],
      },
      isNode,
    );
    expect(m.rows).to.deep.equal(['r1']);
    expect(m.cells[0]![1]!.nodes).to.deep.equal(['g1']);
    expect(m.placedCount).to.equal(1);
  });

  it('names a cell by row and column with a separator no id can contain', () => {
    expect(cellId('a.b', 'c:d')).to.equal('a.b/c:d');
  });
});

describe('vision-mission: matrixGeometry', () => {
  it('places Randers-size 5 × 5: headers, cells and arrows on the grid lines', () => {
    const g = matrixGeometry(5, 5);
    expect(g.columnHeaders).to.have.length(5);
    expect(g.rowHeaders).to.have.length(5);
    expect(gridAreaValue(g.corner)).to.equal('1 / 1 / 2 / 2');
    // The third column vision sits in grid column 4 (after the row-header track), in the header row.
    expect(gridAreaValue(g.columnHeaders[2]!)).to.equal('1 / 4 / 2 / 5');
    // Its arrow runs from the top to the end of the arrowhead row (line R + 3 = 8).
    expect(gridAreaValue(g.columnArrows[2]!)).to.equal('1 / 4 / 8 / 5');
    // The second row vision sits in grid row 3, its arrow across to the arrowhead track (line C + 3 = 8).
    expect(gridAreaValue(g.rowHeaders[1]!)).to.equal('3 / 1 / 4 / 2');
    expect(gridAreaValue(g.rowArrows[1]!)).to.equal('3 / 1 / 4 / 8');
    // Cell (row 2, column 3) is the crossing of that row arrow and that column arrow.
    expect(gridAreaValue(g.cells[1]![2]!)).to.equal('3 / 4 / 4 / 5');
  });

  it('every cell lies inside exactly its row arrow and its column arrow', () => {
    const g = matrixGeometry(8, 3);
    const inside = (a: typeof g.corner, b: typeof g.corner): boolean =>
      a.rowStart >= b.rowStart &&
      a.rowEnd <= b.rowEnd &&
      a.columnStart >= b.columnStart &&
      a.columnEnd <= b.columnEnd;
    g.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        expect(g.rowArrows.filter((a) => inside(cell, a)).map((a) => g.rowArrows.indexOf(a))).to.deep.equal([
          r,
        ]);
        expect(
          g.columnArrows.filter((a) => inside(cell, a)).map((a) => g.columnArrows.indexOf(a)),
        ).to.deep.equal([c]);
      }),
    );
  });

  it('writes the track template in em so the drawing scales with the text', () => {
    const g = matrixGeometry(2, 3);
    expect(g.templateColumns).to.equal('minmax(9em, 14em) repeat(3, minmax(9em, 1fr)) 1.75em');
    expect(g.templateRows).to.equal('auto repeat(2, auto) 1.75em');
  });

  it('needs more room for more columns, and fits 5 columns in 1280 px at 16 px text', () => {
    const five = matrixGeometry(5, 5).minInlineSizeEm;
    expect(matrixGeometry(5, 6).minInlineSizeEm).to.equal(
      five + MATRIX_DEFAULTS.cellMinEm + MATRIX_DEFAULTS.gapEm,
    );
    expect(five * 16).to.be.below(1280);
    expect(five * 16).to.be.above(320);
  });

  it('handles an empty matrix', () => {
    const g = matrixGeometry(0, 0);
    expect(g.cells).to.deep.equal([]);
    expect(g.templateColumns).to.equal('minmax(9em, 14em) 1.75em');
  });
});

describe('vision-mission: arrowHead', () => {
  it('points down with the tip at the bottom centre and leaves the base open where the shaft joins', () => {
    const h = arrowHead('down', 0.6);
    expect(h.fill).to.equal('0,0 100,0 50,100');
    expect(h.shaftEdges).to.deep.equal([20, 80]);
    expect(h.outline).to.equal('20,0 0,0 50,100 100,0 80,0');
  });

  it('points right by swapping the axes', () => {
    const h = arrowHead('right', 0.5);
    expect(h.fill).to.equal('0,0 0,100 100,50');
    expect(h.outline).to.equal('0,25 0,0 100,50 0,100 0,75');
  });

  it('clamps the shaft to the head', () => {
    expect(arrowHead('down', 3).shaftEdges).to.deep.equal([0, 100]);
    expect(arrowHead('down', -1).shaftEdges).to.deep.equal([50, 50]);
  });
});

describe('vision-mission: gridMove', () => {
  const R = 5;
  const C = 5;
  const at = (row: number, column: number) => ({ row, column });

  it('moves across visions and cells with the arrow keys and stops at the edges', () => {
    expect(gridMove(at(0, 1), 'ArrowDown', R, C)).to.deep.equal(at(1, 1));
    expect(gridMove(at(1, 1), 'ArrowLeft', R, C)).to.deep.equal(at(1, 0));
    expect(gridMove(at(1, 0), 'ArrowLeft', R, C)).to.deep.equal(at(1, 0));
    // The corner is not a stop: up from the first row vision stays.
    expect(gridMove(at(1, 0), 'ArrowUp', R, C)).to.deep.equal(at(1, 0));
    expect(gridMove(at(0, 1), 'ArrowLeft', R, C)).to.deep.equal(at(0, 1));
    expect(gridMove(at(5, 5), 'ArrowRight', R, C)).to.deep.equal(at(5, 5));
    expect(gridMove(at(5, 5), 'ArrowDown', R, C)).to.deep.equal(at(5, 5));
  });

  it('Home/End go to the row ends, with Ctrl to the whole matrix ends; PageUp/PageDown to the column ends', () => {
    expect(gridMove(at(3, 3), 'Home', R, C)).to.deep.equal(at(3, 0));
    expect(gridMove(at(0, 3), 'Home', R, C)).to.deep.equal(at(0, 1));
    expect(gridMove(at(3, 1), 'End', R, C)).to.deep.equal(at(3, 5));
    expect(gridMove(at(3, 3), 'Home', R, C, { ctrl: true })).to.deep.equal(at(0, 1));
    expect(gridMove(at(3, 3), 'End', R, C, { ctrl: true })).to.deep.equal(at(5, 5));
    expect(gridMove(at(3, 3), 'PageUp', R, C)).to.deep.equal(at(0, 3));
    expect(gridMove(at(3, 0), 'PageUp', R, C)).to.deep.equal(at(1, 0));
    expect(gridMove(at(1, 3), 'PageDown', R, C)).to.deep.equal(at(5, 3));
  });

  it('swaps left and right in right-to-left text', () => {
    expect(gridMove(at(2, 2), 'ArrowLeft', R, C, { rtl: true })).to.deep.equal(at(2, 3));
  });

  it('steps through the stops in reading order when the matrix is a list', () => {
    const opts = { linear: true };
    expect(gridMove(at(0, 5), 'ArrowDown', R, C, opts)).to.deep.equal(at(1, 0));
    expect(gridMove(at(1, 0), 'ArrowRight', R, C, opts)).to.deep.equal(at(1, 1));
    expect(gridMove(at(1, 0), 'ArrowUp', R, C, opts)).to.deep.equal(at(0, 5));
    expect(gridMove(at(2, 2), 'End', R, C, opts)).to.deep.equal(at(5, 5));
    expect(gridMove(at(2, 2), 'Home', R, C, opts)).to.deep.equal(at(0, 1));
  });

  it('ignores other keys and lists every stop once', () => {
    expect(gridMove(at(1, 1), 'Enter', R, C)).to.equal(undefined);
    expect(gridStops(2, 3)).to.have.length(3 + 2 * 4);
    expect(isGridStop(at(0, 0), 2, 3)).to.equal(false);
    expect(gridMove(at(0, 0), 'ArrowDown', 0, 0)).to.equal(undefined);
  });
});

describe('vision-mission: readChain', () => {
  // 004 Uddevalla: vision → programme → plan → three scorecards in a row → action, beside an unrelated focus area.
  const tree: Record<string, { type: string; children: string[] }> = {
    v: { type: 'vision', children: ['p1', 'p2'] },
    p1: { type: 'program', children: ['s1'] },
    p2: { type: 'program', children: [] },
    s1: { type: 'plan', children: ['k1'] },
    k1: { type: 'scorecard', children: ['k2'] },
    k2: { type: 'scorecard', children: ['k3'] },
    k3: { type: 'scorecard', children: ['a1'] },
    a1: { type: 'action', children: [] },
    f: { type: 'focus-area', children: ['fa', 'fp'] },
    fa: { type: 'action', children: [] },
    fp: { type: 'plan', children: [] },
  };
  const source = (roots: string[]): ChainSource => ({
    roots,
    children: (id) => tree[id]?.children ?? [],
    typeOf: (id) => tree[id]!.type,
  });

  it('lists each depth as a level, parents first, children in order', () => {
    const levels = depthLevels(source(['v']));
    expect(levels.map((l) => l.type)).to.deep.equal([
      'vision',
      'program',
      'plan',
      'scorecard',
      'scorecard',
      'scorecard',
      'action',
    ]);
    expect(levels[1]!.nodes).to.deep.equal(['p1', 'p2']);
  });

  it('joins consecutive levels of one type, so three scorecards in a row are one level', () => {
    const chain = readChain(source(['v']));
    expect(chain.isTypeChain).to.equal(true);
    expect(chain.levels.map((l) => l.type)).to.deep.equal([
      'vision',
      'program',
      'plan',
      'scorecard',
      'action',
    ]);
    expect(chain.levels[3]!.nodes).to.deep.equal(['k1', 'k2', 'k3']);
  });

  it('falls back to the first root whose subtree is a chain when the whole hierarchy is not one', () => {
    const chain = readChain(source(['f', 'v']));
    expect(chain.isTypeChain).to.equal(true);
    expect(chain.roots).to.deep.equal(['v']);
  });

  it('is not a type chain when a level mixes types or a type comes back later', () => {
    const mixed = readChain(source(['f']));
    expect(mixed.isTypeChain).to.equal(false);
    expect(mixed.levels[1]!.type).to.equal(undefined);
    expect(mixed.levels[1]!.nodes).to.deep.equal(['fa', 'fp']);
    expect(
      isTypeChain([
        { depth: 0, type: 'goal', nodes: ['x'] },
        { depth: 1, type: 'action', nodes: ['y'] },
        { depth: 2, type: 'goal', nodes: ['z'] },
      ]),
    ).to.equal(false);
    expect(isTypeChain([{ depth: 0, type: 'goal', nodes: ['x'] }])).to.equal(false);
  });

  it('lists a node reached twice only once', () => {
    const loop: ChainSource = {
      roots: ['a'],
      children: (id) => (id === 'a' ? ['b'] : ['a']),
      typeOf: () => 'goal',
    };
    expect(depthLevels(loop).map((l) => l.nodes)).to.deep.equal([['a'], ['b']]);
  });

  it('needs room for every level side by side', () => {
    expect(chainMinInlineSizeEm(5)).to.equal(60);
    expect(chainMinInlineSizeEm(0)).to.equal(0);
  });
});

describe('vision-mission: chooseLayout', () => {
  const none = { hasMatrix: false, isTypeChain: false, hasStatements: false, hasNodes: false };

  it('auto prefers the matrix, then a type chain, then the statement, then any hierarchy', () => {
    expect(
      chooseLayout('auto', { ...none, hasMatrix: true, isTypeChain: true, hasStatements: true }),
    ).to.equal('matrix');
    expect(
      chooseLayout('auto', { ...none, isTypeChain: true, hasStatements: true, hasNodes: true }),
    ).to.equal('chain');
    expect(chooseLayout(undefined, { ...none, hasStatements: true, hasNodes: true })).to.equal('statement');
    expect(chooseLayout('auto', { ...none, hasNodes: true })).to.equal('chain');
    expect(chooseLayout('auto', none)).to.equal(undefined);
  });

  it('keeps an explicit layout and treats an unknown value as auto', () => {
    expect(chooseLayout('statement', { ...none, hasMatrix: true })).to.equal('statement');
    expect(chooseLayout('bogus', { ...none, hasMatrix: true })).to.equal('matrix');
  });
});

describe('vision-mission: chainMove', () => {
  const counts = [1, 3, 2];
  const at = (level: number, index: number) => ({ level, index });

  it('ArrowDown and ArrowUp step through every stop, on into the next level', () => {
    expect(chainMove(at(0, 0), 'ArrowDown', counts)).to.deep.equal(at(1, 0));
    expect(chainMove(at(1, 2), 'ArrowDown', counts)).to.deep.equal(at(2, 0));
    expect(chainMove(at(2, 0), 'ArrowUp', counts)).to.deep.equal(at(1, 2));
    expect(chainMove(at(2, 1), 'ArrowDown', counts)).to.deep.equal(at(2, 1));
  });

  it('ArrowRight and ArrowLeft jump between levels keeping the index where they can', () => {
    expect(chainMove(at(1, 2), 'ArrowRight', counts)).to.deep.equal(at(2, 1));
    expect(chainMove(at(1, 2), 'ArrowLeft', counts)).to.deep.equal(at(0, 0));
    expect(chainMove(at(0, 0), 'ArrowLeft', counts)).to.deep.equal(at(0, 0));
    expect(chainMove(at(0, 0), 'ArrowRight', [1, 0, 2])).to.deep.equal(at(2, 0));
    expect(chainMove(at(1, 0), 'ArrowLeft', counts, { rtl: true })).to.deep.equal(at(2, 0));
  });

  it('Home and End go to the ends; other keys are not moves', () => {
    expect(chainMove(at(1, 1), 'Home', counts)).to.deep.equal(at(0, 0));
    expect(chainMove(at(1, 1), 'End', counts)).to.deep.equal(at(2, 1));
    expect(chainMove(at(1, 1), 'Enter', counts)).to.equal(undefined);
    expect(chainMove(at(0, 0), 'ArrowDown', [])).to.equal(undefined);
  });
});
