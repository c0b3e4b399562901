import { Select } from 'antd';
import { useAgencyCertificates } from '../api/use-agency-certificates.ts';
import { t } from '../locale-handling.ts';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (numbers: string[]) => void;
  agencyId: string | undefined;
}

/** Picks the acting officers among the agency's valid enforcement certificates (name and number). */
export function OfficerSelect({ id, value, onChange, agencyId }: Props) {
  const certificates = useAgencyCertificates(agencyId);
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      disabled={!agencyId}
      placeholder={agencyId ? t('officersPlaceholder') : t('itemFirst')}
      loading={certificates.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      options={(certificates.data ?? []).map((c) => ({
        value: c.number,
        label: `${c.officerName} ${c.number}`,
      }))}
      style={{ width: '100%' }}
    />
  );
}
