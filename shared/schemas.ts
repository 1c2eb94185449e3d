// Runtime schemas for the domain records that cross a boundary: API params, stored files and exchanged bundles
// all check highlights against this one definition.
import { z } from 'zod';
import { ANCHOR_CONFIDENCES, KINDS } from './model';
import type { Highlight, HighlightFields, HighlightTarget } from './model';

export const kindSchema = z.enum(KINDS);

export const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\s,][^,]*$/, 'a tag cannot contain commas');

export const fieldsSchema: z.ZodType<HighlightFields> = z.strictObject({
  speaker: z.string().max(200).optional(),
  speakerRole: z.string().max(200).optional(),
  measures: z.string().max(200).optional(),
  claimant: z.string().max(200).optional(),
});

const offset = z.number().int().min(0);

export const targetSchema: z.ZodType<HighlightTarget> = z
  .strictObject({
    position: z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
    quote: z.strictObject({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(100_000),
      prefix: z.string().max(1000),
      suffix: z.string().max(1000),
    }),
  })
  .refine((t) => t.position.end > t.position.start, 'a target must end after it starts');

const revisionSchema = z.strictObject({
  kind: kindSchema,
  tags: z.array(z.string().max(80)).max(50),
  note: z.string().max(20_000),
  fields: fieldsSchema,
  updatedAt: z.string().max(40),
  updatedBy: z.string().max(200),
});

export const highlightSchema: z.ZodType<Highlight> = z.strictObject({
  id: z.string().regex(/^[0-9a-f-]{8,36}$/),
  articleId: z.string().regex(/^[0-9a-f-]{36}$/),
  kind: kindSchema,
  tags: z.array(z.string().max(80)).max(50),
  note: z.string().max(20_000),
  fields: fieldsSchema,
  author: z.string().max(200),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  updatedBy: z.string().max(200),
  target: targetSchema,
  carried: z
    .strictObject({
      confidence: z.enum(ANCHOR_CONFIDENCES),
      score: z.number().min(0).max(1),
      version: z.number().int().min(0),
      previous: targetSchema,
      reviewed: z.boolean(),
    })
    .optional(),
  history: z.array(revisionSchema).max(1000).optional(),
});
