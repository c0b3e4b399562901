import type { ComplaintEntrySchema, ComplaintRegisteredSchema } from '@jiandu/contracts/complaints';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { complaintKeys } from './keys.ts';

/** The new complaint with the tracking code and password to tell the complainant (shown once). */
export type ComplaintRegistered = z.infer<typeof ComplaintRegisteredSchema>;

/** Registers a complaint received by phone, letter, visit or from a petition office. */
export function registerComplaint(body: z.input<typeof ComplaintEntrySchema>): Promise<ComplaintRegistered> {
  return api<ComplaintRegistered>('POST', '/api/complaints', body);
}

/** 登记; the lists and the desk refresh, and the new complaint's page needs no second request. */
export function useRegisterComplaint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: registerComplaint,
    onSuccess: (done) => {
      client.setQueryData(complaintKeys.one(done.complaint.id), done.complaint);
      return client.invalidateQueries({ queryKey: complaintKeys.all });
    },
  });
}
