import * as v from 'valibot';
import { LocalizedTextSchema } from './localized-text.js';
import { AreaGeometrySchema, PointSchema } from './geo.js';

export const AreaInputSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'invalid-value')),
  name: LocalizedTextSchema,
  population: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  geometry: AreaGeometrySchema,
  labelPoint: v.optional(v.nullable(PointSchema)),
});
export type AreaInput = v.InferOutput<typeof AreaInputSchema>;

/** An area as listed; `geometry` only when asked for (`?geometry=1`), to keep lists small. */
export interface Area {
  id: string;
  name: v.InferOutput<typeof LocalizedTextSchema>;
  population: number | null;
  labelPoint: v.InferOutput<typeof PointSchema> | null;
  geometry?: v.InferOutput<typeof AreaGeometrySchema>;
}
