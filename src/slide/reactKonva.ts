// react-konva's components over the Konva of ./konva: react-konva's own entry imports all of Konva (every
// shape and filter), which the editor's first load and the bundle's player do not need.
import './konva';

export * from 'react-konva/lib/ReactKonvaCore';
