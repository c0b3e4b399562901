import type { Sample, SamplePreview } from '@jiandu/contracts/case-reviews';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { API } from './keys.ts';

/** Draws without saving, so the organizer sees the sample and its seed first. */
export function previewSample(input: SamplePreview): Promise<Sample> {
  return api<Sample>('POST', `${API}/batches/preview`, input);
}

export function usePreviewSample() {
  return useMutation({ mutationFn: previewSample });
}
