// Photoshop image resources (JPEG APP13, TIFF tag 34377): the IPTC-IIM place names and any XMP inside.
import { blankIimPlaces, imageResources, RESOURCE_IPTC, RESOURCE_XMP } from '../bytes/iptc';
import { note, type StripContext } from './context';
import { stripXmp } from './xmpIn';

export function stripImageResources(
  bytes: Uint8Array,
  start: number,
  end: number,
  context: StripContext,
): void {
  for (const resource of imageResources(bytes, start, end)) {
    if (!context.budget.spend(1)) {
      context.clean = false;
      return;
    }
    if (resource.id === RESOURCE_IPTC) stripIim(bytes, resource.data, resource.end, context);
    else if (resource.id === RESOURCE_XMP) stripXmp(bytes, resource.data, resource.end, context);
  }
}

export function stripIim(bytes: Uint8Array, start: number, end: number, context: StripContext): void {
  if (!context.budget.spend(Math.max(0, end - start))) {
    context.clean = false;
    return;
  }
  note(context, blankIimPlaces(bytes, start, end));
}
