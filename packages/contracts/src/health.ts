import { z } from 'zod';

/** Liveness: the process is up. */
export const HealthSchema = z.object({ status: z.literal('ok') });

/** Readiness: each dependency checked, and whether this node should receive traffic. */
export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({
    database: z.object({ ok: z.boolean(), dialect: z.string(), error: z.string().optional() }),
    migrations: z.object({ ok: z.boolean(), pending: z.array(z.string()) }),
  }),
});

export type Readiness = z.infer<typeof ReadinessSchema>;
