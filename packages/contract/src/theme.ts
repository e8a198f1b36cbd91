import * as v from 'valibot';
import { LocalizedTextSchema } from './localized-text.js';
import { Slug } from './process.js';

export const ThemeInputSchema = v.strictObject({ id: Slug, name: LocalizedTextSchema });
export type ThemeInput = v.InferOutput<typeof ThemeInputSchema>;
export type Theme = ThemeInput;
