import { expect } from '@open-wc/testing';
import {
  clampPosition,
  firstPosition,
  moveFocus,
  type FocusModel,
  type FocusPosition,
} from '../../packages/swot-grid/src/move-focus.js';

// S: three items (the second has a disclosure and a node button), W: one, O: empty, T: two.
const model: FocusModel = [[1, 3, 1], [1], [], [1, 1]];
const at = (group: number, item: number, stop = 0): FocusPosition => ({ group, item, stop });
const grid = { columns: 2 } as const;
const stacked = { columns: 1 } as const;

describe('swot-grid: moveFocus', () => {
  it('walks down and up through the stops of a quadrant, disclosure and node buttons included', () => {
    expect(moveFocus(model, at(0, 0), 'ArrowDown', grid)).to.deep.equal(at(0, 1));
    expect(moveFocus(model, at(0, 1), 'ArrowDown', grid)).to.deep.equal(at(0, 1, 1));
    expect(moveFocus(model, at(0, 1, 2), 'ArrowDown', grid)).to.deep.equal(at(0, 2));
    expect(moveFocus(model, at(0, 2), 'ArrowUp', grid)).to.deep.equal(at(0, 1, 2));
  });

  it('in the 2×2 grid, Down past the end goes to the quadrant below, skipping an empty one', () => {
    // S has nothing non-empty below it in its column (O is empty): the nearest group in the next row is T.
    expect(moveFocus(model, at(0, 2), 'ArrowDown', grid)).to.deep.equal(at(3, 0));
    expect(moveFocus(model, at(1, 0), 'ArrowDown', grid)).to.deep.equal(at(3, 0));
    expect(moveFocus(model, at(3, 0), 'ArrowUp', grid)).to.deep.equal(at(1, 0));
    expect(moveFocus(model, at(3, 1), 'ArrowDown', grid)).to.deep.equal(at(3, 1));
  });

  it('in the 2×2 grid, Left/Right go to the neighbour in the row, at the same item (or its last)', () => {
    expect(moveFocus(model, at(0, 2), 'ArrowRight', grid)).to.deep.equal(at(1, 0));
    expect(moveFocus(model, at(1, 0), 'ArrowLeft', grid)).to.deep.equal(at(0, 0));
    expect(moveFocus(model, at(1, 0), 'ArrowRight', grid)).to.deep.equal(at(1, 0));
    expect(moveFocus(model, at(3, 1), 'ArrowLeft', grid), 'O is empty').to.deep.equal(at(3, 1));
  });

  it('right-to-left swaps Left and Right', () => {
    expect(moveFocus(model, at(0, 0), 'ArrowLeft', { ...grid, dir: 'rtl' })).to.deep.equal(at(1, 0));
  });

  it('stacked, the arrows follow reading order S, W, O, T', () => {
    expect(moveFocus(model, at(0, 2), 'ArrowDown', stacked)).to.deep.equal(at(1, 0));
    expect(moveFocus(model, at(1, 0), 'ArrowDown', stacked)).to.deep.equal(at(3, 0));
    expect(moveFocus(model, at(3, 0), 'ArrowUp', stacked)).to.deep.equal(at(1, 0));
    expect(moveFocus(model, at(1, 0), 'ArrowRight', stacked)).to.deep.equal(at(3, 0));
    expect(moveFocus(model, at(3, 1), 'ArrowLeft', stacked)).to.deep.equal(at(1, 0));
  });

  it('Home/End stay in the quadrant; with Ctrl they go to the ends of the grid', () => {
    expect(moveFocus(model, at(0, 1, 1), 'Home', grid)).to.deep.equal(at(0, 0));
    expect(moveFocus(model, at(0, 0), 'End', grid)).to.deep.equal(at(0, 2));
    expect(moveFocus(model, at(0, 0), 'End', { ...grid, ctrlKey: true })).to.deep.equal(at(3, 1));
    expect(moveFocus(model, at(3, 1), 'Home', { ...grid, ctrlKey: true })).to.deep.equal(at(0, 0));
  });

  it('ignores other keys', () => {
    expect(moveFocus(model, at(0, 0), 'Enter', grid)).to.equal(undefined);
    expect(moveFocus(model, at(0, 0), 'a', grid)).to.equal(undefined);
  });

  it('a fifth full-width group (TOWS: one-sided strategies) sits below the 2×2', () => {
    const tows: FocusModel = [[1], [1], [1], [1], [1, 1]];
    expect(moveFocus(tows, at(3, 0), 'ArrowDown', grid)).to.deep.equal(at(4, 0));
    expect(moveFocus(tows, at(4, 0), 'ArrowUp', grid)).to.deep.equal(at(2, 0));
  });
});

describe('swot-grid: clampPosition / firstPosition', () => {
  it('keeps a position that exists and moves one that no longer does', () => {
    expect(clampPosition(model, at(0, 1, 2))).to.deep.equal(at(0, 1, 2));
    expect(clampPosition(model, at(0, 9, 9))).to.deep.equal(at(0, 2, 0));
    expect(clampPosition(model, at(2, 0))).to.deep.equal(at(0, 0));
    expect(clampPosition(model, undefined)).to.deep.equal(at(0, 0));
    expect(firstPosition([[], [], [2]])).to.deep.equal(at(2, 0));
    expect(firstPosition([[], []])).to.equal(undefined);
  });
});
