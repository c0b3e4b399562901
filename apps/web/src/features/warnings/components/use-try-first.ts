import type { RuleBacktestResult, WarningRule } from '@jiandu/contracts/warnings';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { useBacktestRule } from '../api/use-backtest-rule.ts';
import { showBacktestProblems } from './backtest-problems.ts';

/** The fields of the setting form a trial reads. */
interface Entered {
  key: string;
  value?: number | null;
  regionCode?: string;
}

/**
 * 先回测 in the setting form: checks the parameter, value and region entered, tries that one value
 * over the stored cases of the region, and puts a refusal on the value or region field (else `onError`).
 */
export function useTryFirst(rule: WarningRule, form: FormInstance, onError: (text: string | null) => void) {
  const backtest = useBacktestRule(rule.code);
  const [trial, setTrial] = useState<RuleBacktestResult | null>(null);
  const run = async () => {
    onError(null);
    setTrial(null);
    let entered: Entered;
    try {
      entered = await form.validateFields(['key', 'value', 'regionCode']);
    } catch {
      return;
    }
    try {
      setTrial(
        await backtest.mutateAsync({
          parameters: { [entered.key]: entered.value! },
          ...(entered.regionCode ? { regionCode: entered.regionCode } : {}),
        }),
      );
    } catch (e) {
      const placed = showBacktestProblems(form, e, (name) =>
        name[0] === 'parameters' && name[1] === entered.key
          ? ['value']
          : name[0] === 'regionCode'
            ? ['regionCode']
            : null,
      );
      if (!placed) onError(problemText(e));
    }
  };
  return { run, running: backtest.isPending, trial, clear: () => setTrial(null) };
}
