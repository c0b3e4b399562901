import { Input } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';

interface Props {
  /** The search the list applies now (its `q`); the box follows it when it changes elsewhere. */
  value: string | undefined;
  /** Called with the trimmed text on search, and with undefined as soon as the box is emptied. */
  onSearch: (q: string | undefined) => void;
  placeholder: string;
  'aria-label': string;
  style?: CSSProperties;
}

/** A list's keyword box: typing stays local until search, clearing it drops the keyword at once. */
export function SearchInput({ value, onSearch, ...props }: Props) {
  const [keyword, setKeyword] = useState(value ?? '');
  useEffect(() => setKeyword(value ?? ''), [value]);
  return (
    <Input.Search
      {...props}
      allowClear
      value={keyword}
      onChange={(e) => {
        setKeyword(e.target.value);
        if (!e.target.value) onSearch(undefined);
      }}
      onSearch={(q) => onSearch(q.trim() || undefined)}
    />
  );
}
