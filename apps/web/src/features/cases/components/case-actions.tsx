import { EditOutlined, FileWordOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@jiandu/contracts/cases';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useDecisionDocument } from '../api/use-decision-document.ts';
import { t } from '../locale-handling.ts';
import { refusalsOf } from '../refusals.ts';
import { stagesNow } from '../stages.ts';
import { RecordStageModal } from './record-stage-modal.tsx';
import { RefusalList } from './refusal-list.tsx';

/**
 * What may be done to the case from its header: 记录环节 on a case handled here (for those who
 * handle cases), and 下载决定书 once a penalty is decided — refused, with what is missing, when the
 * record lacks an element the law requires in the document.
 */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const [recording, setRecording] = useState(false);
  const document = useDecisionDocument(detail.summary.id);
  const stages = detail.summary.origin === 'native' && can('case.write') ? stagesNow(detail) : [];
  const decided = detail.record.kind === 'penalty' && Boolean(detail.summary.decidedOn);
  if (!stages.length && !decided) return null;
  const downloadDocument = () =>
    document.mutateAsync().catch((e: unknown) => {
      const refusals = refusalsOf(e);
      if (refusals)
        modal.error({
          title: t('documentRefused'),
          content: <RefusalList refusals={refusals} />,
          width: 520,
        });
      else message.error(problemText(e));
    });
  return (
    <Space wrap>
      {stages.length ? (
        <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setRecording(true)}>
          {t('record')}
        </Button>
      ) : null}
      {decided ? (
        <Button
          icon={<FileWordOutlined aria-hidden />}
          loading={document.isPending}
          onClick={downloadDocument}
        >
          {t('documentDownload')}
        </Button>
      ) : null}
      {recording ? <RecordStageModal detail={detail} onClose={() => setRecording(false)} /> : null}
    </Space>
  );
}
