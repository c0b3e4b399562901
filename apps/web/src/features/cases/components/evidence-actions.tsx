import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { CaseEvidenceView } from '@jiandu/contracts/cases';
import { App, Button, Space } from 'antd';
import { problemText } from '../../../lib/problem.ts';
import { useDownloadEvidence } from '../api/use-download-evidence.ts';
import { useVerifyEvidence } from '../api/use-verify-evidence.ts';
import { t } from '../locale-handling.ts';

/** 下载 and 校验 of one stored evidence file; the check's outcome is said at once and kept in the table. */
export function EvidenceActions({ caseId, evidence }: { caseId: string; evidence: CaseEvidenceView }) {
  const { message } = App.useApp();
  const download = useDownloadEvidence(caseId);
  const verify = useVerifyEvidence(caseId);
  const name = evidence.fileName ?? evidence.sha256.slice(0, 12);
  const check = () =>
    verify.mutateAsync(evidence.sha256).then(
      (result) => {
        if (result.status === 'ok') message.success(t('verifyOk'));
        else message.error(t('verifyBad', { detail: result.detail ?? result.status }));
      },
      (e: unknown) => message.error(problemText(e)),
    );
  return (
    <Space size={0} style={{ whiteSpace: 'nowrap' }}>
      <Button
        type="link"
        size="small"
        icon={<DownloadOutlined aria-hidden />}
        loading={download.isPending}
        aria-label={`${t('download')} ${name}`}
        onClick={() =>
          download.mutateAsync(evidence.sha256).catch((e: unknown) => message.error(problemText(e)))
        }
      >
        {t('download')}
      </Button>
      <Button
        type="link"
        size="small"
        icon={<SafetyCertificateOutlined aria-hidden />}
        loading={verify.isPending}
        aria-label={`${t('verify')} ${name}`}
        onClick={check}
      >
        {t('verify')}
      </Button>
    </Space>
  );
}
