// Runtime schemas for the domain records that cross a boundary: API params, stored files and exchanged bundles
// all check highlights against this one definition.
import { z } from 'zod';
import { ANCHOR_CONFIDENCES, BOUNDS, CLAIM_STATUSES, EVIDENCE_RELATIONS, KINDS, RATE_PERIODS } from './model';
import type { Highlight, HighlightEvidence, HighlightFields, HighlightTarget, Quantity } from './model';

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
  subject: z.string().max(200).optional(),
});

/** A finite number well inside what JSON and doubles carry exactly enough for a figure. */
const amount = z.number().min(-1e18).max(1e18);

export const quantitySchema: z.ZodType<Quantity> = z
  .strictObject({
    value: amount,
    valueMax: amount.optional(),
    bound: z.enum(BOUNDS).optional(),
    unit: z.string().min(1).max(80).optional(),
    scale: z.string().min(1).max(40).optional(),
    per: z.enum(RATE_PERIODS).optional(),
    text: z.string().max(300).optional(),
  })
  .refine((q) => q.valueMax === undefined || q.valueMax >= q.value, 'a range must not end below where it starts');

/** ISO 8601 calendar date of year, month or day precision: 2017, 2017-01, 2017-01-15. */
export const partialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

export const evidenceLinkSchema = z.strictObject({
  highlightId: z.string().regex(/^[0-9a-f-]{8,36}$/),
  relation: z.enum(EVIDENCE_RELATIONS),
});

export const claimStatusSchema = z.enum(CLAIM_STATUSES);

export const evidenceSchema: z.ZodType<HighlightEvidence> = z.strictObject({
  quantities: z.array(quantitySchema).max(20).optional(),
  asOf: partialDateSchema.optional(),
  asOfText: z.string().max(200).optional(),
  series: z.string().min(1).max(200).optional(),
  quoteType: z.enum(['direct', 'paraphrase']).optional(),
  status: claimStatusSchema.optional(),
  links: z.array(evidenceLinkSchema).max(500).optional(),
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
  evidence: evidenceSchema.optional(),
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
  evidence: evidenceSchema.optional(),
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
