import { TeamOutlined } from '@ant-design/icons';
import type { MatterDetail } from '@jiandu/contracts/matters';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../locale-matter.ts';
import { AssignModal } from './assign-modal.tsx';

/** 监督人员: who investigates, with their certificates; the supervisor assigns more. */
export function SupervisorsCard({ matter, canAssign }: { matter: MatterDetail; canAssign: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={t('supervisors')}
      extra={
        canAssign ? (
          <Button size="small" icon={<TeamOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('assign')}
          </Button>
        ) : null
      }
    >
      {matter.supervisors.length === 0 ? (
        <Typography.Text type="secondary">{t('noSupervisors')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="matter-supervisors">
          {matter.supervisors.map((s) => (
            <li key={s.officerId} style={{ padding: '4px 0' }}>
              <Typography.Text strong>{s.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {t('certificate', { number: s.certificateNumber })} · {t('assignedOn', { on: s.assignedOn })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {open ? <AssignModal matter={matter} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
