// Minimal type declarations for the four d3 modules goal-tree uses. @types/d3-hierarchy, @types/d3-shape,
// @types/d3-zoom and @types/d3-selection are not installed in this workspace; these declare only the members we
// call, with the signatures of d3 v3. Replace this file with the @types packages when they are added.

declare module 'd3-hierarchy' {
  export interface HierarchyNode<Datum> {
    data: Datum;
    depth: number;
    height: number;
    parent: this | null;
    children?: this[];
    descendants(): this[];
    each(callback: (node: this) => void): this;
  }
  export interface HierarchyPointNode<Datum> extends HierarchyNode<Datum> {
    x: number;
    y: number;
  }
  export function hierarchy<Datum>(
    data: Datum,
    children?: (d: Datum) => Iterable<Datum> | null | undefined,
  ): HierarchyNode<Datum>;
  export interface TreeLayout<Datum> {
    (root: HierarchyNode<Datum>): HierarchyPointNode<Datum>;
    nodeSize(size: [number, number]): this;
    separation(separation: (a: HierarchyPointNode<Datum>, b: HierarchyPointNode<Datum>) => number): this;
  }
  export function tree<Datum>(): TreeLayout<Datum>;
}

declare module 'd3-shape' {
  export interface DefaultLinkObject {
    source: [number, number];
    target: [number, number];
  }
  export type Link = (d: DefaultLinkObject) => string | null;
  export function linkHorizontal(): Link;
  export function linkVertical(): Link;
}

declare module 'd3-selection' {
  export interface Selection<GElement extends Element> {
    node(): GElement | null;
    call<Args extends unknown[]>(fn: (selection: this, ...args: Args) => void, ...args: Args): this;
    on(typenames: string, listener: null): this;
    transition?: never;
  }
  export function select<GElement extends Element>(node: GElement): Selection<GElement>;
}

declare module 'd3-zoom' {
  import type { Selection } from 'd3-selection';
  export interface ZoomTransform {
    readonly x: number;
    readonly y: number;
    readonly k: number;
    translate(x: number, y: number): ZoomTransform;
    scale(k: number): ZoomTransform;
    toString(): string;
  }
  export const zoomIdentity: ZoomTransform;
  export interface D3ZoomEvent {
    transform: ZoomTransform;
    sourceEvent: Event | null;
  }
  export interface ZoomBehavior<ZoomRefElement extends Element> {
    (selection: Selection<ZoomRefElement>): void;
    scaleExtent(extent: [number, number]): this;
    filter(filter: (event: Event) => boolean): this;
    on(typenames: string, listener: ((event: D3ZoomEvent) => void) | null): this;
    transform(selection: Selection<ZoomRefElement>, transform: ZoomTransform): void;
    scaleBy(selection: Selection<ZoomRefElement>, k: number): void;
  }
  export function zoom<ZoomRefElement extends Element>(): ZoomBehavior<ZoomRefElement>;
  export function zoomTransform(node: Element): ZoomTransform;
}
