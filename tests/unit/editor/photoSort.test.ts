// The photo library's orders: date taken (undated last, by name), name (numeric), date added.
import { describe, expect, it } from 'vitest';
import { sortPhotos } from '../../../src/editor/library/photoSort';
import type { PhotoMeta } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';

let nextId = 0;
function photo(fileName: string, takenAt?: string): PhotoMeta {
  nextId += 1;
  return {
    id: String(nextId).padStart(64, '0') as PhotoId,
    fileName,
    mimeType: 'image/jpeg',
    width: 10,
    height: 10,
    bytes: 1,
    ...(takenAt === undefined ? {} : { takenAt }),
  };
}

const names = (photos: readonly PhotoMeta[]) => photos.map((p) => p.fileName);

// In the order they were added.
const added = [
  photo('IMG_10.jpg', '2019-07-14T15:30:05'),
  photo('beach.jpg'),
  photo('IMG_9.jpg', '2019-07-14T09:00:00+02:00'),
  photo('Anniversary.heic', '2023-02-21T14:33:08+03:00'),
  photo('IMG_2.jpg', '2015-06-21T02:05:56'),
  photo('aerial.png'),
  photo('broken-date.jpg', 'sometime in June'),
];

describe('sortPhotos', () => {
  it('keeps the order the photos were added for "date added"', () => {
    expect(names(sortPhotos(added, 'dateAdded'))).toEqual(names(added));
  });

  it('sorts by name, counting numbers as numbers and ignoring case', () => {
    expect(names(sortPhotos(added, 'name'))).toEqual([
      'aerial.png',
      'Anniversary.heic',
      'beach.jpg',
      'broken-date.jpg',
      'IMG_2.jpg',
      'IMG_9.jpg',
      'IMG_10.jpg',
    ]);
  });

  it('sorts by the time on the camera’s clock, photos without a date last and by name', () => {
    expect(names(sortPhotos(added, 'dateTaken'))).toEqual([
      'IMG_2.jpg',
      'IMG_9.jpg',
      'IMG_10.jpg',
      'Anniversary.heic',
      'aerial.png',
      'beach.jpg',
      'broken-date.jpg',
    ]);
  });

  it('puts photos taken at the same moment by name, and equal names in the order added', () => {
    const first = photo('same.jpg');
    const second = photo('same.jpg');
    const photos = [
      photo('b.jpg', '2020-01-01T10:00:00'),
      photo('a.jpg', '2020-01-01T10:00:00'),
      second,
      first,
    ];
    expect(names(sortPhotos(photos, 'dateTaken'))).toEqual(['a.jpg', 'b.jpg', 'same.jpg', 'same.jpg']);
    expect(sortPhotos(photos, 'dateTaken').slice(2)).toEqual([second, first]);
    expect(sortPhotos(photos, 'name').slice(2)).toEqual([second, first]);
  });

  it('leaves the given list untouched', () => {
    const copy = [...added];
    sortPhotos(added, 'name');
    expect(added).toEqual(copy);
  });
});
