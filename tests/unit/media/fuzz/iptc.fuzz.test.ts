// Fuzz: the IPTC-IIM record walker and the Photoshop image-resource walker with lying lengths.
import { describe, expect, it } from 'vitest';
import { blankIimPlaces, iimRecords, imageResources } from '../../../../src/media/bytes/iptc';
import { iimBytes, photoshopResources } from './byteArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';
import fc from 'fast-check';

describe('fuzz: IPTC', () => {
  it('walks records and resources forward and in time', () => {
    fuzz(fc.oneof(iimBytes, photoshopResources), (bytes) => {
      withinBudget('iim and resources', () => {
        let last = -1;
        for (const record of iimRecords(bytes, 0, bytes.length)) {
          expect(record.value).toBeGreaterThan(last);
          last = record.value;
        }
        last = -1;
        for (const resource of imageResources(bytes, 0, bytes.length)) {
          expect(resource.data).toBeGreaterThan(last);
          last = resource.data;
          blankIimPlaces(bytes, resource.data, resource.end);
        }
        blankIimPlaces(bytes, 0, bytes.length);
      });
    });
  }, 120_000);
});
