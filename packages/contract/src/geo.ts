import * as v from 'valibot';

const Longitude = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const Latitude = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));

/** A GeoJSON Point in WGS84, `[longitude, latitude]`. */
export const PointSchema = v.strictObject({
  type: v.literal('Point'),
  coordinates: v.tuple([Longitude, Latitude]),
});
export type Point = v.InferOutput<typeof PointSchema>;

const Position = v.tuple([Longitude, Latitude]);
const Ring = v.pipe(v.array(Position), v.minLength(4));

/** GeoJSON Polygon or MultiPolygon geometry in WGS84. */
export const AreaGeometrySchema = v.variant('type', [
  v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(Ring), v.minLength(1)) }),
  v.object({
    type: v.literal('MultiPolygon'),
    coordinates: v.pipe(v.array(v.pipe(v.array(Ring), v.minLength(1))), v.minLength(1)),
  }),
]);
export type AreaGeometry = v.InferOutput<typeof AreaGeometrySchema>;
