import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  followPointers,
  PanZoom,
  scaleAround,
  wheelFactor,
  type ZoomTransform,
} from '../../packages/core/src/interaction/index.js';

const close = (actual: ZoomTransform, expected: ZoomTransform) => {
  expect(actual.x).to.be.closeTo(expected.x, 1e-6);
  expect(actual.y).to.be.closeTo(expected.y, 1e-6);
  expect(actual.k).to.be.closeTo(expected.k, 1e-6);
};

describe('zoom transform (pure)', () => {
  it('zooms around a point: the content under it stays under it', () => {
    const t = { x: 30, y: -10, k: 1.5 };
    const next = scaleAround(t, 3, [100, 80], [0.1, 10]);
    // Content point under (100, 80) before: ((100-30)/1.5, (80+10)/1.5).
    const [cx, cy] = [(100 - 30) / 1.5, (80 + 10) / 1.5];
    expect(next.k).to.equal(3);
    expect(cx * next.k + next.x).to.be.closeTo(100, 1e-9);
    expect(cy * next.k + next.y).to.be.closeTo(80, 1e-9);
  });

  it('keeps the scale within its extent', () => {
    expect(scaleAround({ x: 0, y: 0, k: 1 }, 50, [0, 0], [0.5, 4]).k).to.equal(4);
    expect(followPointers({ x: 0, y: 0, k: 1 }, [0, 0], [0, 0], 0.01, [0.5, 4]).k).to.equal(0.5);
  });

  it('pans by the pointer travel and pinches about the fingers’ midpoint', () => {
    close(followPointers({ x: 5, y: 5, k: 2 }, [10, 10], [40, 0], 1, [0.1, 10]), { x: 35, y: -5, k: 2 });
    // Fingers 100 px apart around (50, 50) move to 200 px apart around (60, 50): twice the scale, and the
    // content that was at the old midpoint is at the new one.
    const next = followPointers({ x: 0, y: 0, k: 1 }, [50, 50], [60, 50], 2, [0.1, 10]);
    close(next, { x: -40, y: -50, k: 2 });
  });

  it('zooms one wheel notch by at most ×2 either way', () => {
    expect(wheelFactor({ deltaY: -100, deltaMode: 0, ctrlKey: true })).to.equal(2);
    expect(wheelFactor({ deltaY: 100, deltaMode: 0, ctrlKey: true })).to.equal(0.5);
    expect(wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: false })).to.be.within(1.01, 1.02);
  });
});

describe('PanZoom on an element', () => {
  let changes: ZoomTransform[];
  let surface: HTMLElement;
  let clicks: number;

  async function setUp(options: Partial<ConstructorParameters<typeof PanZoom>[1]> = {}) {
    changes = [];
    clicks = 0;
    surface = await fixture(
      html`<div style="position: fixed; left: 0; top: 0; width: 400px; height: 300px">
        <button style="position: absolute; left: 150px; top: 100px; width: 100px; height: 100px">x</button>
      </div>`,
    );
    surface.querySelector('button')!.addEventListener('click', () => clicks++);
    return new PanZoom(surface, { onChange: (t) => changes.push(t), ...options });
  }

  afterEach(() => resetMouse());

  it('drag pans by the pointer travel, and the drag’s end is not a click', async () => {
    const zoom = await setUp();
    await sendMouse({ type: 'move', position: [200, 150] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [240, 130] });
    await sendMouse({ type: 'move', position: [260, 120] });
    await sendMouse({ type: 'up' });
    close(zoom.transform, { x: 60, y: -30, k: 1 });
    expect(changes.length).to.be.greaterThan(0);
    expect(clicks).to.equal(0);
    zoom.destroy();
  });

  it('a press that does not travel stays a click and does not move the view', async () => {
    const zoom = await setUp();
    await sendMouse({ type: 'click', position: [200, 150] });
    expect(clicks).to.equal(1);
    expect(changes).to.deep.equal([]);
    zoom.destroy();
  });

  it('Ctrl + wheel zooms around the pointer; a plain wheel is left to the page', async () => {
    const zoom = await setUp();
    const plain = new WheelEvent('wheel', { deltaY: -100, clientX: 100, clientY: 100, cancelable: true });
    surface.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    expect(changes).to.deep.equal([]);
    const ctrl = new WheelEvent('wheel', {
      deltaY: -100,
      clientX: 100,
      clientY: 100,
      ctrlKey: true,
      cancelable: true,
    });
    surface.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).to.equal(true);
    close(zoom.transform, { x: -100, y: -100, k: 2 });
    zoom.destroy();
  });

  it('two pointers pinch', async () => {
    const zoom = await setUp();
    const pointer = (type: string, pointerId: number, clientX: number, clientY: number) =>
      surface.dispatchEvent(
        new PointerEvent(type, { pointerId, pointerType: 'touch', clientX, clientY, bubbles: true }),
      );
    pointer('pointerdown', 1, 150, 150);
    pointer('pointerdown', 2, 250, 150);
    pointer('pointermove', 1, 100, 150);
    pointer('pointermove', 2, 300, 150);
    pointer('pointerup', 1, 100, 150);
    pointer('pointerup', 2, 300, 150);
    // 100 px apart → 200 px apart, about the same midpoint (200, 150).
    close(zoom.transform, { x: -200, y: -150, k: 2 });
    zoom.destroy();
  });

  it('double click zooms in only when asked, and not where `accept` refuses', async () => {
    let zoom = await setUp();
    surface.dispatchEvent(new MouseEvent('dblclick', { clientX: 50, clientY: 50, bubbles: true }));
    expect(changes).to.deep.equal([]);
    zoom.destroy();
    zoom = await setUp({
      doubleClickZoom: true,
      accept: (event) => !(event.target as Element).closest('button'),
    });
    surface
      .querySelector('button')!
      .dispatchEvent(new MouseEvent('dblclick', { clientX: 200, clientY: 150, bubbles: true }));
    expect(changes).to.deep.equal([]);
    surface.dispatchEvent(new MouseEvent('dblclick', { clientX: 50, clientY: 50, bubbles: true }));
    close(zoom.transform, { x: -50, y: -50, k: 2 });
    zoom.destroy();
  });

  it('scaleBy zooms about the centre within the extent; destroy stops the gestures', async () => {
    const zoom = await setUp({ scaleExtent: [0.5, 4] });
    zoom.scaleBy(10);
    close(zoom.transform, { x: -600, y: -450, k: 4 });
    zoom.destroy();
    const count = changes.length;
    surface.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, cancelable: true }));
    await sendMouse({ type: 'move', position: [200, 150] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [260, 150] });
    await sendMouse({ type: 'up' });
    expect(changes.length).to.equal(count);
  });
});
