import type { RuleCode } from '@jiandu/contracts/warning-rules';
import type { RuleBacktestInput, RuleBacktestResult } from '@jiandu/contracts/warnings';
import { useMutation } from '@tanstack/react-query';
import { seg } from '../../../components/warnings/keys.ts';
import { api } from '../../../lib/api.ts';

/** Tries proposed parameter values over the stored cases (回测); the server stores nothing. */
export function backtestRule(code: RuleCode, body: RuleBacktestInput): Promise<RuleBacktestResult> {
  return api<RuleBacktestResult>('POST', `/api/warning-rules/${seg(code)}/backtest`, body);
}

/** The backtest as a mutation, so the button can show that it is working; nothing is refreshed after. */
export function useBacktestRule(code: RuleCode) {
  return useMutation({ mutationFn: (body: RuleBacktestInput) => backtestRule(code, body) });
}
