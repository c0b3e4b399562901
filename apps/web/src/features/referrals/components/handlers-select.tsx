import { Select } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { useDebouncedSearch } from '../../../lib/debounced-search.ts';
import { useHandlerOptions } from '../api/use-handler-options.ts';
import { t } from '../locale-form.ts';

interface Props {
  /** The handlers already named (an existing draft), so their names show. */
  known?: { certificateNumber: string; name: string }[];
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}

/**
 * The handlers by their certificate numbers: valid enforcement certificates searched by name or
 * number, or a number typed in (the server checks each is valid today and of the org).
 */
export function HandlersSelect({ known = [], value, onChange, id }: Props) {
  const { can } = useSession();
  const [search, setQ] = useDebouncedSearch();
  const found = useHandlerOptions(search, can('officer.read'));
  const seen = new Set<string>();
  const options = [
    ...known.map((h) => ({ value: h.certificateNumber, label: `${h.name} ${h.certificateNumber}` })),
    ...(found.data ?? []),
  ].filter((o) => !seen.has(o.value) && seen.add(o.value));
  return (
    <Select
      id={id}
      mode="tags"
      value={value}
      onChange={(v: string[]) => onChange?.(v.map((n) => n.trim().toUpperCase()).filter(Boolean))}
      showSearch={{ filterOption: false, onSearch: setQ }}
      tokenSeparators={[',', '，', ' ']}
      placeholder={t('handlersHint')}
      loading={found.isFetching}
      options={options}
    />
  );
}
