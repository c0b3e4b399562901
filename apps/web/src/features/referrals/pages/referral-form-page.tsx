import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Attachment } from '@jiandu/contracts/matters';
import {
  REFERRAL_ORIGINS,
  type ReferralMaterialKind,
  type ReferralOrigin,
  type ReferralTarget,
} from '@jiandu/contracts/referral-labels';
import type { ReferralDetail } from '@jiandu/contracts/referrals';
import { Alert, App, Button, Card, Form, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { showProblems } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { oneOf } from '../../../lib/url-list-params.ts';
import { type ReferralDraft, useCreateReferral } from '../api/use-create-referral.ts';
import { useReferral } from '../api/use-referral.ts';
import { useUpdateReferral } from '../api/use-update-referral.ts';
import { ReferralFormFields } from '../components/referral-form-fields.tsx';
import { statusLabel } from '../labels.ts';
import { t } from '../locale-form.ts';

interface Values {
  title?: string;
  targetKind?: ReferralTarget;
  targetName?: string;
  origin?: ReferralOrigin;
  originRef?: string | null;
  subjectName?: string;
  suspectedOffence?: string;
  facts?: string;
  handlers?: string[];
  materials?: {
    kind: ReferralMaterialKind;
    title: string;
    copies?: number | null;
    pages?: number | null;
    attachment?: Attachment | null;
  }[];
}

/** The form's values of an existing referral. */
function valuesOf(r: ReferralDetail): Values {
  return {
    title: r.title,
    targetKind: r.targetKind,
    targetName: r.targetName,
    origin: r.origin,
    originRef: r.originRef,
    subjectName: r.subjectName,
    suspectedOffence: r.suspectedOffence,
    facts: r.facts,
    handlers: r.handlers.map((h) => h.certificateNumber),
    materials: r.materials,
  };
}

/** The draft as the server takes it. */
function draftOf(v: Values): ReferralDraft {
  return {
    title: v.title!.trim(),
    targetKind: v.targetKind!,
    targetName: v.targetName!.trim(),
    origin: v.origin!,
    originRef: v.origin === 'manual' ? null : (v.originRef ?? null),
    subjectName: v.subjectName!.trim(),
    suspectedOffence: v.suspectedOffence!.trim(),
    facts: v.facts!.trim(),
    handlers: v.handlers ?? [],
    materials: (v.materials ?? []).map((m) => ({
      kind: m.kind,
      title: m.title.trim(),
      copies: m.copies ?? 1,
      pages: m.pages ?? null,
      attachment: m.attachment ?? null,
    })),
  };
}

/**
 * 新建移送 (at /referrals/new, started from `?origin=case&originRef=…` when another page links here)
 * and 修改 (at /referrals/:id/edit, for a draft or a refused referral): the server's reasons land on
 * the fields, then the referral's page opens.
 */
export function ReferralFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const existing = useReferral(id ?? '');
  const create = useCreateReferral();
  const update = useUpdateReferral(id ?? '');
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const current = id ? (existing.data ?? null) : null;
  useEffect(() => {
    if (current) form.setFieldsValue(valuesOf(current));
  }, [current, form]);
  const back = id ? `/referrals/${encodeURIComponent(id)}` : '/referrals';
  const title = (
    <Space wrap>
      <Link to={back}>
        <ArrowLeftOutlined aria-hidden /> {t('back')}
      </Link>
      <span>{id ? t('editTitle') : t('createTitle')}</span>
    </Space>
  );
  if (id && existing.error)
    return (
      <Card title={title}>
        <Alert type="error" showIcon title={problemText(existing.error)} />
      </Card>
    );
  if (id && !current)
    return (
      <Card title={title}>
        <Skeleton active />
      </Card>
    );
  if (current && current.status !== 'draft' && current.status !== 'refused')
    return (
      <Card title={title}>
        <Alert type="warning" showIcon title={t('notEditable', { status: statusLabel(current.status) })} />
      </Card>
    );

  const onFinish = async (v: Values) => {
    if (uploading) return setError(new Error(t('waitUploads')));
    setError(null);
    try {
      const saved = id ? await update.mutateAsync(draftOf(v)) : await create.mutateAsync(draftOf(v));
      message.success(id ? t('saved') : t('created'));
      navigate(`/referrals/${encodeURIComponent(saved.id)}`, { replace: !id });
    } catch (e) {
      // Nested paths too: a material's title lands on its row (materials.0.title).
      if (e instanceof ApiError && e.problem.errors) showProblems(form, e.problem.errors);
      setError(e);
    }
  };
  const origin = oneOf<ReferralOrigin>(REFERRAL_ORIGINS, search.get('origin'));
  return (
    <Card title={title}>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={problemText(error)}
          style={{ marginBottom: 16 }}
          data-testid="referral-form-error"
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          targetKind: 'police',
          origin: origin ?? 'manual',
          originRef: search.get('originRef')?.slice(0, 60) || undefined,
          handlers: [],
          materials: [
            {
              kind: 'investigation_report',
              title: t('defaultReport'),
              copies: 1,
              pages: null,
              attachment: null,
            },
          ],
        }}
        scrollToFirstError
      >
        <ReferralFormFields existing={current} onBusyChange={setUploading} />
        <Space wrap style={{ marginTop: 8 }}>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending || update.isPending || uploading}
          >
            {id ? t('saveChanges') : t('save')}
          </Button>
          <Button onClick={() => navigate(back)}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
