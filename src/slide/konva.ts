// Konva's core with only the shapes the app draws (rectangles, text, images, lines, the editor's transformer),
// registered before any stage is made: the rest of Konva (its other shapes and every filter) stays out of the
// editor's first load and the bundle's player. The app takes react-konva from ./reactKonva, which imports this.
import Konva from 'konva/lib/Core';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Transformer';

/** The node types drawn: react-konva makes a node by its element's name from Konva's namespace. */
export const KONVA_SHAPES = ['Rect', 'Text', 'Image', 'Line', 'Transformer'] as const;

export default Konva;
