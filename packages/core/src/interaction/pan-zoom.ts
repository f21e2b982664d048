/**
 * Pan and zoom on one element with pointer events: drag (mouse, pen, one finger) pans, two fingers pinch,
 * Ctrl/⌘ + wheel (and a trackpad pinch) zooms around the pointer, and optionally a double click zooms in.
 * Plain wheel is left to the page, so a chart never traps scrolling. The widgets' toolbars and keys call
 * `scaleBy` and `set`.
 *
 * It replaces d3-zoom, which pulls in d3-selection, d3-transition, d3-interpolate, d3-color, d3-drag, d3-timer
 * and d3-ease (about 16 kB gzip) for a job that needs none of them: planvis never animates the view.
 */
import {
  followPointers,
  IDENTITY_TRANSFORM,
  scaleAround,
  wheelFactor,
  type ViewPoint,
  type ZoomTransform,
} from './zoom-transform.js';

/** How a {@link PanZoom} behaves. */
export interface PanZoomOptions {
  /** Called with the new view after every change, from a gesture or from `set`/`scaleBy`. */
  onChange: (transform: ZoomTransform) => void;
  /** Least and greatest scale a gesture or `scaleBy` reaches (default 0.05–3). */
  scaleExtent?: readonly [number, number];
  /** Whether a press or double click may start a gesture; e.g. not on a marker. Default: every one. */
  accept?: (event: PointerEvent | MouseEvent) => boolean;
  /** Double click zooms in ×2 around the pointer (Shift: out). Default false. */
  doubleClickZoom?: boolean;
  /** Pointer travel in px before a press becomes a pan; a pan swallows its click. Default 4. */
  clickDistance?: number;
  /** The element's `touch-action`: `none` (default) or e.g. `pan-y` to leave vertical scrolling to the page. */
  touchAction?: string;
}

interface ActivePointer {
  from: ViewPoint;
  at: ViewPoint;
}

/** Binds pan and zoom gestures to an element; `destroy()` unbinds them. */
export class PanZoom {
  scaleExtent: readonly [number, number];
  #element: HTMLElement;
  #options: PanZoomOptions;
  #transform: ZoomTransform = IDENTITY_TRANSFORM;
  #pointers = new Map<number, ActivePointer>();
  /** The view when the current gesture (or its latest change in pointer count) began. */
  #gestureStart: ZoomTransform = IDENTITY_TRANSFORM;
  #panning = false;

  constructor(element: HTMLElement, options: PanZoomOptions) {
    this.#element = element;
    this.#options = options;
    this.scaleExtent = options.scaleExtent ?? [0.05, 3];
    element.style.touchAction = options.touchAction ?? 'none';
    element.addEventListener('pointerdown', this.#onPointerDown);
    element.addEventListener('pointermove', this.#onPointerMove);
    element.addEventListener('pointerup', this.#onPointerEnd);
    element.addEventListener('pointercancel', this.#onPointerEnd);
    element.addEventListener('wheel', this.#onWheel, { passive: false });
    element.addEventListener('dblclick', this.#onDoubleClick);
  }

  /** The current view. */
  get transform(): ZoomTransform {
    return this.#transform;
  }

  /** Shows `transform` (not clamped: a "fit" may need a smaller scale than gestures reach). */
  set(transform: ZoomTransform): void {
    this.#transform = { x: transform.x, y: transform.y, k: transform.k };
    if (this.#pointers.size) this.#restartGesture();
    this.#options.onChange(this.#transform);
  }

  /** Zooms by `factor` around `point` (default: the element's centre), within `scaleExtent`. */
  scaleBy(factor: number, point: ViewPoint = this.#centre()): void {
    this.set(scaleAround(this.#transform, this.#transform.k * factor, point, this.scaleExtent));
  }

  /** Removes every listener; the element keeps its last view. */
  destroy(): void {
    const element = this.#element;
    element.removeEventListener('pointerdown', this.#onPointerDown);
    element.removeEventListener('pointermove', this.#onPointerMove);
    element.removeEventListener('pointerup', this.#onPointerEnd);
    element.removeEventListener('pointercancel', this.#onPointerEnd);
    element.removeEventListener('wheel', this.#onWheel);
    element.removeEventListener('dblclick', this.#onDoubleClick);
    this.#endGesture();
  }

  #centre(): ViewPoint {
    return [this.#element.clientWidth / 2, this.#element.clientHeight / 2];
  }

  #point(event: MouseEvent): ViewPoint {
    const box = this.#element.getBoundingClientRect();
    return [
      event.clientX - box.left - this.#element.clientLeft,
      event.clientY - box.top - this.#element.clientTop,
    ];
  }

  #accepts(event: PointerEvent | MouseEvent): boolean {
    return this.#options.accept?.(event) ?? true;
  }

  #onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && (event.button !== 0 || event.ctrlKey)) return;
    if (!this.#pointers.size && !this.#accepts(event)) return;
    if (this.#pointers.size >= 2) return;
    const at = this.#point(event);
    this.#pointers.set(event.pointerId, { from: at, at });
    if (this.#pointers.size === 1) {
      this.#panning = false;
      this.#element.addEventListener('selectstart', preventDefault);
      this.#element.addEventListener('dragstart', preventDefault);
    } else {
      // A second finger: from here on it is a pinch, measured from where both fingers are now.
      this.#panning = true;
      this.#capture(event.pointerId);
    }
    this.#restartGesture();
  };

  #onPointerMove = (event: PointerEvent): void => {
    const pointer = this.#pointers.get(event.pointerId);
    if (!pointer) return;
    pointer.at = this.#point(event);
    const [first, second] = [...this.#pointers.values()];
    if (!this.#panning) {
      const [dx, dy] = [pointer.at[0] - pointer.from[0], pointer.at[1] - pointer.from[1]];
      const distance = this.#options.clickDistance ?? 4;
      if (dx * dx + dy * dy <= distance * distance) return;
      this.#panning = true;
      this.#capture(event.pointerId);
    }
    const extent = this.scaleExtent;
    this.#transform = second
      ? followPointers(
          this.#gestureStart,
          midpoint(first!.from, second.from),
          midpoint(first!.at, second.at),
          distance(first!.at, second.at) / Math.max(1, distance(first!.from, second.from)),
          extent,
        )
      : followPointers(this.#gestureStart, first!.from, first!.at, 1, extent);
    this.#options.onChange(this.#transform);
  };

  #onPointerEnd = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    if (this.#pointers.size) {
      this.#restartGesture();
      return;
    }
    // A press that travelled is a pan, not a click on whatever it ended over.
    if (this.#panning) this.#element.addEventListener('click', swallowClick, { capture: true, once: true });
    setTimeout(() => this.#element.removeEventListener('click', swallowClick, { capture: true }));
    this.#endGesture();
  };

  #onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.scaleBy(wheelFactor(event), this.#point(event));
  };

  #onDoubleClick = (event: MouseEvent): void => {
    if (!this.#options.doubleClickZoom || !this.#accepts(event)) return;
    event.preventDefault();
    this.scaleBy(event.shiftKey ? 0.5 : 2, this.#point(event));
  };

  /** Measures the gesture from here: every pointer's start is where it is now. */
  #restartGesture(): void {
    this.#gestureStart = this.#transform;
    for (const pointer of this.#pointers.values()) pointer.from = pointer.at;
  }

  #capture(pointerId: number): void {
    try {
      this.#element.setPointerCapture(pointerId);
    } catch {
      // The pointer is already gone (a cancelled touch): nothing to capture.
    }
  }

  #endGesture(): void {
    this.#pointers.clear();
    this.#panning = false;
    this.#element.removeEventListener('selectstart', preventDefault);
    this.#element.removeEventListener('dragstart', preventDefault);
  }
}

function preventDefault(event: Event): void {
  event.preventDefault();
}

function swallowClick(event: Event): void {
  event.stopPropagation();
  event.preventDefault();
}

function midpoint(a: ViewPoint, b: ViewPoint): ViewPoint {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

function distance(a: ViewPoint, b: ViewPoint): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}
