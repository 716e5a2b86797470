// Plain geometry shapes shared by layouts, crops and the slide renderer, in slide units or pixels.
export type Rect = { x: number; y: number; width: number; height: number };
export type Size = { width: number; height: number };
