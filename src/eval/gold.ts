import { z } from 'zod';

export const GoldQuestion = z.object({
  q: z.string().min(1),
  status: z.enum(['answered', 'disputed', 'not_found']),
  kind: z.string(),
  accept: z.array(z.string()).optional().default([]),
  accept_all: z.array(z.string()).optional().default([]),
});

/** A gold file: the shape of the public acceptance file, plus an optional corpus folder (default seeds/). */
export const GoldFile = z.object({
  about: z.string().optional(),
  corpus: z.string().optional(),
  questions: z.array(GoldQuestion),
  digest_must_mention: z.array(z.object({ fact: z.string(), all_of: z.array(z.string()), min_outlets: z.number() })).optional(),
  digest_must_flag_conflict: z.array(z.object({ slot: z.string(), all_of: z.array(z.string()), values: z.array(z.string()) })).optional(),
  digest_must_not_contain: z.array(z.string()).optional(),
});
export type GoldFile = z.infer<typeof GoldFile>;
export type GoldQuestion = z.infer<typeof GoldQuestion>;
