// Building blocks for the contract slices: how a method is declared, and the params every domain shares.
import { z } from 'zod';
import { CLAIM_STATUSES } from '../model';
import { evidenceLinkSchema, evidenceSchema, fieldsSchema, kindSchema, partialDateSchema, quantitySchema, tagSchema } from '../schemas';

/** Declares a method: its result type (compile time only) and its params schema (checked at run time). */
export const returns =
  <R>() =>
  <P extends z.ZodType>(params: P, doc: string) => ({ params, doc, result: undefined as unknown as R });

export const NO_PARAMS = z.strictObject({});
/** An article id, or a unique prefix of one (at least 4 hex digits) as the CLI accepts. */
export const articleId = z.string().regex(/^[0-9a-f][0-9a-f-]{3,35}$/, 'an article id is hex digits and dashes');
export const highlightId = z.string().regex(/^[0-9a-f-]{8,36}$/, 'a highlight id is hex digits and dashes');
export const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const kind = kindSchema;
export const tag = tagSchema;
export const tags = z.array(tag).max(50);
export const note = z.string().max(20_000);
export const fields = fieldsSchema.optional();
export const evidence = evidenceSchema.optional();
/** An edit of the evidence data: the keys given replace the stored ones, and a key given as null is removed. */
export const evidencePatch = z
  .strictObject({
    quantities: z.array(quantitySchema).max(20).nullable().optional(),
    asOf: partialDateSchema.nullable().optional(),
    asOfText: z.string().max(200).nullable().optional(),
    series: z.string().max(200).nullable().optional(),
    quoteType: z.enum(['direct', 'paraphrase']).nullable().optional(),
    status: z.enum(CLAIM_STATUSES).nullable().optional(),
    links: z.array(evidenceLinkSchema).max(500).nullable().optional(),
  })
  .optional();

/** A passage of an article's body: by offsets, or by its text and which occurrence. */
export const selector = {
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  quote: z.string().min(1).max(20_000).optional(),
  occurrence: z.number().int().min(1).max(100_000).optional(),
};
