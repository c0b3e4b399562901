import { Button, Form, type FormInstance, Select } from 'antd';
import { useTargetOptions } from '../api/use-target-options.ts';
import { t } from '../locale-form.ts';

/**
 * 被监督单位: the agencies and township governments of the campaign's region to check, searchable
 * by name, all of them with one click.
 */
export function TargetSelect({ form, regionCode }: { form: FormInstance; regionCode: string | undefined }) {
  const targets = useTargetOptions(regionCode);
  const options = (targets.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Form.Item
      name="agencyIds"
      label={t('agencies')}
      rules={[{ required: true, type: 'array', min: 1, message: t('agenciesRequired') }]}
      extra={
        options.length ? (
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            onClick={() =>
              form.setFields([{ name: 'agencyIds', value: options.map((o) => o.value), errors: [] }])
            }
          >
            {t('selectAll', { n: options.length })}
          </Button>
        ) : null
      }
    >
      <Select
        mode="multiple"
        placeholder={t('agenciesPlaceholder')}
        options={options}
        loading={targets.isFetching}
        showSearch={{ optionFilterProp: 'label' }}
        maxTagCount={8}
      />
    </Form.Item>
  );
}
