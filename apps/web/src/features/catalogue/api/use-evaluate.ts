import type { EvaluateRequest, EvaluateResult } from '@jiandu/contracts/catalogue-evaluation';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** What may be imposed for a circumstance, by the benchmark in force on the act's date (从旧兼从轻). */
export function evaluateBenchmark(input: EvaluateRequest): Promise<EvaluateResult> {
  return api<EvaluateResult>('POST', '/api/benchmarks/evaluate', input);
}

/** The evaluation as a mutation: the form asks, the page shows the last answer. */
export function useEvaluate() {
  return useMutation({ mutationFn: evaluateBenchmark });
}
