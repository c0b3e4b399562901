import { ArrowLeftOutlined } from '@ant-design/icons';
import type {
  MatterMode,
  MatterOrigin,
  MatterProblem,
  MatterScope,
  MatterTrack,
} from '@jiandu/contracts/matter-labels';
import { Alert, App, Button, Card, Form, Space } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { problemText } from '../../../lib/problem.ts';
import { useMatterSources } from '../api/use-matter-sources.ts';
import { useOpenMatter } from '../api/use-open-matter.ts';
import { MatterFormFields } from '../components/matter-form-fields.tsx';
import { MatterSources } from '../components/matter-sources.tsx';
import { createParamsOf } from '../create-params.ts';
import { t } from '../locale-form.ts';

interface Values {
  title?: string;
  agencyId?: string;
  scope?: MatterScope;
  mode?: MatterMode;
  track?: MatterTrack;
  origin?: MatterOrigin;
  originRef?: string;
  problems?: MatterProblem[];
  description?: string;
}

const FIELDS = [
  'title',
  'agencyId',
  'scope',
  'mode',
  'track',
  'origin',
  'originRef',
  'problems',
  'description',
] as const;

/** The server's field errors that have no field on the form (the linked cases and warnings). */
function otherErrors(error: unknown): string[] {
  if (!(error instanceof ApiError) || !error.problem.errors) return [];
  return error.problem.errors
    .filter(
      (e) => !(FIELDS as readonly string[]).includes(e.path.replace(/^body[./]/, '').split(/[./]/)[0] ?? ''),
    )
    .map((e) => e.message);
}

/**
 * 新建监督事项: opens a matter, from warnings or cases named in the address (read only here, their
 * agency fixed) or by hand; the server's reasons land on the fields, then the new matter opens.
 */
export function MatterCreatePage() {
  const [search] = useSearchParams();
  const params = useMemo(() => createParamsOf(search), [search]);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const open = useOpenMatter();
  const [error, setError] = useState<unknown>(null);
  const { sources, loading } = useMatterSources(params.warningIds, params.caseIds);
  const agency = sources.find((s) => s.agency)?.agency ?? null;
  const agencyId = params.agencyId ?? agency?.id;
  const filled = useRef(false);

  // Once the warnings or cases are read, the title and description start from them.
  useEffect(() => {
    if (filled.current || loading || !sources.length) return;
    filled.current = true;
    const first = sources.find((s) => !s.error);
    if (!first) return;
    const labels = [...new Set(sources.filter((s) => !s.error && s.kind === 'warning').map((s) => s.label))];
    const title = `${first.agency?.name ?? ''}${labels.length ? labels.join('、') : ''}问题`.slice(0, 100);
    const description = sources
      .filter((s) => !s.error && s.text)
      .map((s) => `${s.label}: ${s.text}`)
      .join('\n')
      .slice(0, 4000);
    if (!form.isFieldTouched('title')) form.setFieldValue('title', title);
    if (!form.isFieldTouched('description')) form.setFieldValue('description', description);
    if (agencyId) form.setFieldValue('agencyId', agencyId);
  }, [loading, sources, form, agencyId]);

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      const detail = await open.mutateAsync({
        title: v.title!.trim(),
        agencyId: v.agencyId!,
        scope: v.scope!,
        mode: v.mode!,
        track: v.track ?? 'routine',
        origin: v.origin!,
        ...(v.originRef?.trim() ? { originRef: v.originRef.trim() } : {}),
        caseIds: params.caseIds,
        warningIds: params.warningIds,
        problems: v.problems ?? [],
        description: v.description!.trim(),
      });
      message.success(t('opened', { number: detail.number }));
      navigate(`/matters/${encodeURIComponent(detail.id)}`, { replace: true });
    } catch (e) {
      applyFieldErrors(form, e, FIELDS);
      setError(e);
    }
  };
  const others = otherErrors(error);
  return (
    <Card
      title={
        <Space wrap>
          <Link to="/matters">
            <ArrowLeftOutlined aria-hidden /> {t('back')}
          </Link>
          <span>{t('title')}</span>
        </Space>
      }
    >
      <MatterSources sources={sources} loading={loading} />
      {error ? (
        <Alert
          type="error"
          showIcon
          title={problemText(error)}
          description={others.length ? others.join('; ') : undefined}
          style={{ marginBottom: 16 }}
          data-testid="matter-create-error"
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          agencyId,
          scope: params.scope,
          origin: params.origin,
          originRef: params.originRef,
          track: 'routine',
          problems: [],
        }}
        scrollToFirstError
      >
        <MatterFormFields
          agencyKnown={agency ? [{ value: agency.id, label: agency.name }] : []}
          agencyFixed={Boolean(sources.length && agencyId)}
        />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={open.isPending}>
            {t('submit')}
          </Button>
          <Button onClick={() => navigate('/matters')}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
