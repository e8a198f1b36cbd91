import { expect } from '@open-wc/testing';
import type { AreaGeometry } from './geo.js';
import { bboxOf, pointInGeometry } from './point-in-geometry.js';

const square = (x0: number, y0: number, x1: number, y1: number): number[][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/** 10×10 square with a 2×2 hole in the middle. */
const withHole = { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] } as AreaGeometry;
/** Two unit squares far apart. */
const twoIslands = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]] } as AreaGeometry;
/** An L shape: its bounding box covers the empty upper right corner. */
const ell = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 2],
      [2, 2],
      [2, 4],
      [0, 4],
      [0, 0],
    ],
  ],
} as AreaGeometry;

describe('pointInGeometry', () => {
  it('finds a point inside a polygon and not one outside it', () => {
    expect(pointInGeometry(1, 1, withHole)).to.be.true;
    expect(pointInGeometry(11, 1, withHole)).to.be.false;
    expect(pointInGeometry(1, -1, withHole)).to.be.false;
  });

  it('counts a point in a hole as outside', () => {
    expect(pointInGeometry(5, 5, withHole)).to.be.false;
    expect(pointInGeometry(3, 5, withHole)).to.be.true;
  });

  it('finds a point in any polygon of a multipolygon, and not between them', () => {
    expect(pointInGeometry(0.5, 0.5, twoIslands)).to.be.true;
    expect(pointInGeometry(5.5, 5.5, twoIslands)).to.be.true;
    expect(pointInGeometry(3, 3, twoIslands)).to.be.false;
  });

  it('tests the polygon itself inside the bounding box', () => {
    expect(pointInGeometry(3, 3, ell)).to.be.false;
    expect(pointInGeometry(1, 3, ell)).to.be.true;
    expect(pointInGeometry(3, 1, ell)).to.be.true;
  });

  it('rejects a point outside a given bounding box without testing the rings', () => {
    // A box that excludes the point although the polygon contains it: the box decides first.
    expect(pointInGeometry(1, 1, withHole, [2, 2, 10, 10])).to.be.false;
    expect(pointInGeometry(1, 1, withHole, bboxOf(withHole))).to.be.true;
  });
});

describe('bboxOf', () => {
  it('spans the outer rings of every polygon', () => {
    expect(bboxOf(withHole)).to.deep.equal([0, 0, 10, 10]);
    expect(bboxOf(twoIslands)).to.deep.equal([0, 0, 6, 6]);
  });
});
