import type { Plan } from '@jiandu/contracts/supervision-plans';
import { Grid, Steps } from 'antd';
import { t } from '../locale.ts';

/**
 * The plan's year as four stages (起草 → 年初印发 → 年中检查 → 年终总结), each with the day it was
 * reached; the first stage not yet reached is the one in progress.
 */
export function PlanStages({ plan }: { plan: Plan }) {
  const narrow = Grid.useBreakpoint().md === false;
  const stages = [
    { title: t('drafted'), on: plan.createdAt.slice(0, 10) },
    { title: t('published'), on: plan.publishedOn },
    { title: t('midyear'), on: plan.midyearOn },
    { title: t('concluded'), on: plan.concludedOn },
  ];
  const reached = stages.filter((s) => s.on).length;
  return (
    <Steps
      size="small"
      orientation={narrow ? 'vertical' : 'horizontal'}
      current={Math.min(reached, stages.length - 1)}
      items={stages.map((s, i) => ({
        title: s.title,
        content: s.on ?? t('stageWaiting'),
        status: s.on ? 'finish' : i === reached ? 'process' : 'wait',
      }))}
    />
  );
}
