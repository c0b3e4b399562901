import { ProblemSchema } from '@jiandu/contracts/problem';
import { z } from 'zod';

/** The problem answers every case-review route may give. */
export const reviewErrors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

export const tags = ['case-reviews'];
export const IdParams = z.object({ id: z.string().min(1).max(40) });
export const FileParams = IdParams.extend({ fileId: z.string().min(1).max(40) });

export const readAccess = { access: { permission: 'review.read' as const } };
export const manageAccess = { access: { permission: 'review.manage' as const } };
export const scoreAccess = { access: { permission: 'review.score' as const } };
export const respondAccess = { access: { permission: 'review.respond' as const } };
