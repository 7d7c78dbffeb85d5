// Public entry of network displays: the graph of a display, its geometry, its automatic layout and its SVG.
export * from './networkGraph.ts';
export * from './networkGeometry.ts';
export * from './networkLayout.ts';
export * from './networkSvg.ts';
export * from './relationTypes.ts';
